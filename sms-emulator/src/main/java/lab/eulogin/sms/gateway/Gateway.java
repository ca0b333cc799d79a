package lab.eulogin.sms.gateway;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import lab.eulogin.sms.phones.DeliveryListener;
import lab.eulogin.sms.phones.DeliveryReport;
import lab.eulogin.sms.phones.Network;
import lab.eulogin.sms.phones.PhoneNumbers;
import lab.eulogin.sms.phones.Sms;

/**
 * The SMS gateway behind the Twilio-style API: validates a message as Twilio does, hands it to the
 * network, and follows it through queued, sent and delivered (or undelivered), reporting each
 * status to the sender's StatusCallback.
 */
public final class Gateway implements DeliveryListener {
    static final int MAX_BODY = 1600;
    static final long MAX_VALIDITY_SECONDS = 36_000;

    private final Clock clock;
    private final MessageLog log;
    private final StatusCallbacks callbacks;
    private final Duration defaultValidity;
    /** Sent messages whose journey has not ended: the network still carries or holds them. */
    private final ConcurrentMap<String, TwilioMessage> inNetwork = new ConcurrentHashMap<>();
    private final Network network;

    /**
     * Listen to the network's reports ({@link Network#addListener}) to follow messages to their end.
     *
     * @param journal where each message remembered for fetch and list is written down
     */
    public Gateway(Clock clock, Network network, int logCapacity, StatusCallbacks callbacks, Duration defaultValidity,
                   MessageJournal journal) {
        this.clock = clock;
        this.network = network;
        this.log = new MessageLog(logCapacity, journal);
        this.callbacks = callbacks;
        this.defaultValidity = defaultValidity;
    }

    /**
     * The messages the store kept, oldest first, before anything is sent: those still "sent" are
     * followed again (the network holds them), though their status callbacks in flight were not kept.
     */
    public void restore(List<TwilioMessage> kept) {
        log.restore(kept);
        for (TwilioMessage message : kept) {
            if (message.status() == MessageStatus.SENT) {
                inNetwork.put(message.sid(), message);
            }
        }
    }

    /** Forgets every message sent and followed (the lab's reset between tests). */
    public void forget() {
        inNetwork.clear();
        log.clear();
    }

    /**
     * Accepts a message for delivery; answers it as Twilio does, still "queued", though on a
     * reachable phone it is already in the inbox when this returns.
     */
    public TwilioMessage send(String accountSid, String authToken, SendRequest request) {
        String to = recipient(request.to());
        String from = sender(request.from());
        String body = body(request.body());
        URI callback = statusCallback(request.statusCallback());
        Duration validity = validity(request.validityPeriod());

        Instant now = clock.instant();
        TwilioMessage queued = new TwilioMessage(Sids.message(), accountSid, to, from, body, MessageStatus.QUEUED,
                Segments.count(body), now, now, null, null, null, callback, authToken);
        log.add(queued);
        callbacks.report(queued);

        TwilioMessage sent = queued.withStatus(MessageStatus.SENT, now);
        inNetwork.put(sent.sid(), sent);
        log.update(sent);
        callbacks.report(sent);
        network.submit(new Sms(sent.sid(), from, to, body, now, now.plus(validity)));
        return queued;
    }

    public Optional<TwilioMessage> fetch(String accountSid, String sid) {
        return log.get(sid).filter(message -> message.accountSid().equals(accountSid));
    }

    /**
     * A page of the account's messages, newest first, optionally only those to or from a number.
     * {@code afterSid} (from a PageToken) continues after that message instead of counting pages.
     */
    public MessagePage list(String accountSid, Optional<String> to, Optional<String> from, int pageSize, int page,
                            Optional<String> afterSid) {
        Optional<String> toFilter = to.map(this::filterValue);
        Optional<String> fromFilter = from.map(this::filterValue);
        List<TwilioMessage> matching = log.newestFirst(message -> message.accountSid().equals(accountSid)
                && toFilter.map(value -> value.equalsIgnoreCase(message.to())).orElse(true)
                && fromFilter.map(value -> value.equalsIgnoreCase(message.from())).orElse(true));
        int start = (int) Math.min((long) page * pageSize, matching.size());
        if (afterSid.isPresent()) {
            for (int i = 0; i < matching.size(); i++) {
                if (matching.get(i).sid().equals(afterSid.get())) {
                    start = i + 1;
                    break;
                }
            }
        }
        int end = Math.min(start + pageSize, matching.size());
        return new MessagePage(List.copyOf(matching.subList(start, end)), page, pageSize, start,
                end < matching.size());
    }

    @Override
    public void reported(DeliveryReport report) {
        TwilioMessage sent = inNetwork.remove(report.sms().sid());
        if (sent == null) {
            return;
        }
        TwilioMessage done = switch (report.outcome()) {
            case DELIVERED -> sent.withStatus(MessageStatus.DELIVERED, report.at());
            case BLOCKED -> sent.withError(MessageStatus.UNDELIVERED, 30007, "Message filtered", report.at());
            case EXPIRED, DROPPED -> sent.withError(MessageStatus.UNDELIVERED, 30003,
                    "Unreachable destination handset", report.at());
        };
        log.update(done);
        callbacks.report(done);
    }

    private String filterValue(String raw) {
        return PhoneNumbers.sender(raw).orElse(raw.strip());
    }

    private static String recipient(String raw) {
        if (raw == null || raw.isBlank()) {
            throw TwilioError.missingTo();
        }
        if (!PhoneNumbers.isValid(raw)) {
            throw TwilioError.invalidTo(raw);
        }
        return PhoneNumbers.normalise(raw);
    }

    private static String sender(String raw) {
        if (raw == null || raw.isBlank()) {
            throw TwilioError.missingFrom();
        }
        return PhoneNumbers.sender(raw).orElseThrow(() -> TwilioError.invalidFrom(raw));
    }

    private static String body(String raw) {
        if (raw == null || raw.isEmpty()) {
            throw TwilioError.missingBody();
        }
        if (raw.length() > MAX_BODY) {
            throw TwilioError.bodyTooLong();
        }
        return raw;
    }

    private static URI statusCallback(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(raw.strip());
            boolean web = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
            if (!web || uri.getHost() == null) {
                throw TwilioError.invalidStatusCallback(raw);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw TwilioError.invalidStatusCallback(raw);
        }
    }

    private Duration validity(String raw) {
        if (raw == null || raw.isBlank()) {
            return defaultValidity;
        }
        try {
            long seconds = Long.parseLong(raw.strip());
            if (seconds < 1 || seconds > MAX_VALIDITY_SECONDS) {
                throw TwilioError.invalidValidityPeriod();
            }
            return Duration.ofSeconds(seconds);
        } catch (NumberFormatException e) {
            throw TwilioError.invalidValidityPeriod();
        }
    }
}
