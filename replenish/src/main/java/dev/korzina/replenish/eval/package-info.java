/**
 * Measuring next-basket predictions as {@code shared/data/replenish/eval_replenish.py} does: Recall@10/20 and
 * NDCG@10/20 averaged over households. Start with {@link dev.korzina.replenish.eval.Evaluation}.
 */
package dev.korzina.replenish.eval;
