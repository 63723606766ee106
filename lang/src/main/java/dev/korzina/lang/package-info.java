/**
 * Language knowledge shared by the NLU, catalog search and the dialog skills, so that each reads spoken numbers
 * the same way. Start with {@link dev.korzina.lang.NumberWords}.
 */
package dev.korzina.lang;
