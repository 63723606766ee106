/**
 * The dialog engine and its skills (cart, order status, replenishment): from a parsed utterance to a change of
 * the cart and a reply. Filled by the dialog issue; the module exists so the dependency graph is fixed.
 */
package dev.korzina.skills;
