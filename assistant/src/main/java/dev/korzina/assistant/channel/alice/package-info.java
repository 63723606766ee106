/**
 * The Yandex Alice (Yandex Dialogs) skill webhook, protocol "1.0": {@link dev.korzina.assistant.channel.alice.AliceRequest}
 * and {@link dev.korzina.assistant.channel.alice.AliceResponse} mirror the wire format,
 * {@link dev.korzina.assistant.channel.alice.AliceWebhook} guards the route (skill id, path secret, body checks),
 * {@link dev.korzina.assistant.channel.alice.AliceSkill} decides what to do with a request (ping, greeting, linking,
 * a dialog turn) within {@link dev.korzina.assistant.channel.alice.LateAnswers}' deadline, and
 * {@link dev.korzina.assistant.channel.alice.AliceRenderer} fits the answer to the platform's limits and the device.
 */
package dev.korzina.assistant.channel.alice;
