/**
 * Predictive replenishment: learns from households' past baskets and predicts the next one. Start with
 * {@link dev.korzina.replenish.NextBasketModel}; the dialog engine calls {@link dev.korzina.replenish.Replenishment}.
 */
package dev.korzina.replenish;
