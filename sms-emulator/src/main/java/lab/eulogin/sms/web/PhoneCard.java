package lab.eulogin.sms.web;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import lab.eulogin.sms.app.EuLoginApp;
import lab.eulogin.sms.phones.InboxMessage;
import lab.eulogin.sms.phones.Phone;
import lab.eulogin.sms.phones.PhoneState;
import lab.eulogin.sms.phones.Power;

/**
 * A phone as the page draws it.
 *
 * @param slug the number's digits: safe in element ids and form paths
 */
record PhoneCard(String number, String slug, PhoneState state, boolean off, List<SmsLine> messages, int waiting,
                 AppCard app) {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    /** One message in the inbox; {@code time} is the lab clock's, in UTC. */
    record SmsLine(long id, String from, String body, String receivedAt, String time, boolean silent) {
    }

    /** @param app the EU Login app on the phone, when installed */
    static PhoneCard of(Phone phone, Optional<EuLoginApp> app) {
        PhoneState state = phone.state();
        List<SmsLine> lines = phone.messages().stream().map(PhoneCard::line).toList();
        return new PhoneCard(phone.number(), phone.number().substring(1), state, state.power() == Power.OFF, lines,
                phone.waitingInNetwork(), app.map(a -> AppCard.of(a.view())).orElse(null));
    }

    public String blockedSendersText() {
        return String.join(", ", state.blockedSenders());
    }

    private static SmsLine line(InboxMessage message) {
        return new SmsLine(message.id(), message.from(), message.body(), message.receivedAt().toString(),
                TIME.format(message.receivedAt()), message.silent());
    }
}
