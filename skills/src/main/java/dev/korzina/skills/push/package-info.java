/**
 * Messages the assistant sends unprompted (an order on its way, the weekly basket): what a message is and the seam
 * through which channels that can push deliver it.
 */
package dev.korzina.skills.push;
