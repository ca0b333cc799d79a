package lab.eulogin.steps;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import lab.eulogin.sms.client.Phone;
import lab.eulogin.sms.client.PhoneState;
import lab.eulogin.sms.client.Sms;
import lab.eulogin.sms.client.SmsApiClient;

/**
 * The mobile phones of the scenario's person, virtual handsets of the lab's SMS emulator: their
 * numbers (a new one each scenario, so no scenario reads another's texts or meets its rate
 * limits), their settings, and the texts read on them so far.
 */
public class MyPhones {
    /** How long a text may take to reach the phone; it is there as soon as EU Login has sent it. */
    private static final Duration PATIENCE = Duration.ofSeconds(10);
    /** "A Sign in challenge code made of nine characters separated with hyphens". */
    private static final Pattern CHALLENGE = Pattern.compile("\\b([A-Z0-9]{3}-[A-Z0-9]{3}-[A-Z0-9]{3})\\b");

    /** A number in E.164 form, for the emulator, and as EU Login's pages show it. */
    public record Number(String e164, String display) {

        /** A Belgian mobile number nobody else in the run has: +32 47x xx xx xx. */
        static Number fresh() {
            String d = String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
            return new Number("+3247" + d, "+32 47" + d.charAt(0) + " " + d.substring(1, 3) + " " + d.substring(3, 5)
                    + " " + d.substring(5));
        }

        /** The number as typed, spaces closed up. */
        static Number typed(String typed) {
            return new Number(typed.replaceAll("\\s+", ""), typed.strip());
        }
    }

    private final RunningLab lab;
    private Number current = Number.fresh();
    private Number old;
    private final Map<String, Long> lastSeen = new HashMap<>();
    private final Set<String> typedCodes = new HashSet<>();
    private Sms lastRead;
    private List<Sms> lastArrivals = List.of();

    public MyPhones(RunningLab lab) {
        this.lab = lab;
    }

    public Number current() {
        return current;
    }

    /** The number before {@link #changeNumber()}. */
    public Number old() {
        if (old == null) {
            throw new IllegalStateException("The number has not been changed in this scenario");
        }
        return old;
    }

    /** A new number, as when changing operator or phone: the old one is kept as {@link #old()}. */
    public void changeNumber() {
        old = current;
        current = Number.fresh();
    }

    /** From now on, the phone is the one whose number was typed. */
    public void use(String typed) {
        current = Number.typed(typed);
    }

    /** Makes sure the handset exists, switched on, with nothing installed. */
    public Phone switchOn() {
        return api().createPhone(current.e164());
    }

    /** Changes the settings of the phone (creating it if needed). */
    public Phone change(UnaryOperator<PhoneState> change) {
        return api().setState(current.e164(), change.apply(switchOn().state()));
    }

    public Phone phone() {
        return api().phone(current.e164());
    }

    /** Waits for the next text on the phone, and reads it. */
    public Sms awaitNext() {
        return awaitNext(current);
    }

    public Sms awaitNext(Number number) {
        Sms sms = api().nextMessage(number.e164(), lastSeen.getOrDefault(number.e164(), 0L), PATIENCE)
                .orElseThrow(() -> new AssertionError("No SMS arrived on " + number.display() + " within "
                        + PATIENCE.toSeconds() + " s; the phone: " + describe(number)));
        read(number, sms);
        return sms;
    }

    /** Waits for so many texts, one after the other; they are {@link #lastArrivals()}. */
    public List<Sms> awaitNext(int count) {
        List<Sms> arrived = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            arrived.add(awaitNext());
        }
        lastArrivals = List.copyOf(arrived);
        return arrived;
    }

    /** The last text read on any of the phones. */
    public Optional<Sms> lastRead() {
        return Optional.ofNullable(lastRead);
    }

    public List<Sms> lastArrivals() {
        return lastArrivals;
    }

    /** The texts that arrived on that phone since the last one read, without waiting. */
    public List<Sms> unread(Number number) {
        long seen = lastSeen.getOrDefault(number.e164(), 0L);
        return api().messages(number.e164()).stream().filter(sms -> sms.id() > seen).toList();
    }

    /**
     * The challenge code a person types: from the newest text not read yet; else from the last
     * one read, unless it was typed already; else from the next one to arrive.
     */
    public String codeToType() {
        List<Sms> unread = unread(current);
        Sms sms;
        if (!unread.isEmpty()) {
            sms = unread.get(unread.size() - 1);
            read(current, sms);
        } else if (lastRead != null && !typedCodes.contains(challengeIn(lastRead))) {
            sms = lastRead;
        } else {
            sms = awaitNext();
        }
        return typed(challengeIn(sms));
    }

    /** Remembers that this code was typed, so the next one to type comes from a newer text. */
    public String typed(String code) {
        typedCodes.add(code);
        return code;
    }

    /** The challenge code in the text; fails when there is none. */
    public static String challengeIn(Sms sms) {
        Matcher code = CHALLENGE.matcher(sms.body());
        if (!code.find()) {
            throw new AssertionError("No challenge code of nine characters separated with hyphens in the SMS: "
                    + sms.body());
        }
        return code.group(1);
    }

    /** What the emulator says of the phone, for failure messages. */
    public String describe(Number number) {
        try {
            Phone phone = api().phone(number.e164());
            return phone.state() + ", " + phone.waitingInNetwork() + " waiting in the network, "
                    + phone.inboxSize() + " in the inbox";
        } catch (RuntimeException unknown) {
            return "not known to the emulator (" + unknown.getMessage() + ")";
        }
    }

    private void read(Number number, Sms sms) {
        lastSeen.merge(number.e164(), sms.id(), Math::max);
        lastRead = sms;
    }

    private SmsApiClient api() {
        return lab.smsApi();
    }
}
