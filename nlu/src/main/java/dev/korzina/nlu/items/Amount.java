package dev.korzina.nlu.items;

import dev.korzina.nlu.Unit;
import java.math.BigDecimal;

/**
 * An amount said in an utterance ("две пачки" → 2 pack, "полкило" → 0.5 kg).
 *
 * @param quantity how many units
 * @param unit the unit
 */
record Amount(BigDecimal quantity, Unit unit) {}
