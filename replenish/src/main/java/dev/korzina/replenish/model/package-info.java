/**
 * The next-basket methods: frequency baselines ({@link dev.korzina.replenish.model.PersonalTopFrequency},
 * {@link dev.korzina.replenish.model.GlobalTopFrequency}, {@link dev.korzina.replenish.model.PersonalGlobalTopFrequency})
 * and {@link dev.korzina.replenish.model.TifuKnn}. Start with {@link dev.korzina.replenish.model.Methods}, which names
 * them.
 */
package dev.korzina.replenish.model;
