/**
 * Measuring the NLU on labelled utterances the way {@code shared/eval/score_nlu.py} does: intent accuracy, strict
 * and loose item precision, recall and F1, order-number accuracy, per language. Start with
 * {@link dev.korzina.nlu.eval.NluEvaluation}.
 */
package dev.korzina.nlu.eval;
