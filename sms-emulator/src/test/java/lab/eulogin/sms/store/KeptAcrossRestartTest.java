package lab.eulogin.sms.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import lab.eulogin.sms.SmsEmulator;
import lab.eulogin.sms.SmsEmulatorConfig;
import lab.eulogin.sms.client.Phone;
import lab.eulogin.sms.client.PhoneState;
import lab.eulogin.sms.client.SentMessage;
import lab.eulogin.sms.client.Sms;
import lab.eulogin.sms.client.SmsApiClient;
import lab.eulogin.sms.client.SmsApiException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the emulator answered as done is in its data folder when the answer leaves: a copy of the
 * folder taken right after the answers, as a kill would leave it, starts an emulator with all of it.
 * (The stack's crash-safety test kills a real process.)
 */
class KeptAcrossRestartTest {
    private static final String ACCOUNT = "AC00000000000000000000000000000009";
    private static final String TOKEN = "token";

    @TempDir
    Path data;
    @TempDir
    Path afterKill;

    private static SmsEmulator start(Path folder) {
        return SmsEmulator.start(SmsEmulatorConfig.anyFreePort().withDataFolder(folder), Clock.systemUTC());
    }

    /** The folder as it is now, while the emulator still runs: what a kill at this moment leaves. */
    private Path copyNow() throws IOException {
        Files.copy(data.resolve(JournalFile.JOURNAL), afterKill.resolve(JournalFile.JOURNAL));
        return afterKill;
    }

    @Test
    void phones_their_inboxes_held_messages_and_sent_messages_are_there_after_a_restart() throws Exception {
        PhoneState quiet = PhoneState.defaults().withDoNotDisturb(true).withBlockedSenders("Spammer");
        List<Sms> inbox;
        SentMessage held;
        SentMessage blocked;
        Path folder;
        try (SmsEmulator first = start(data)) {
            SmsApiClient sms = new SmsApiClient(first.baseUrl());
            sms.setState("+32470000901", quiet);
            for (int i = 0; i < 5; i++) {
                sms.send(ACCOUNT, TOKEN, "+32470000901", "EULogin", "code " + i);
            }
            blocked = sms.send(ACCOUNT, TOKEN, "+32470000901", "Spammer", "buy now");
            sms.setState("+32470000902", PhoneState.defaults().withAirplaneMode(true));
            held = sms.send(ACCOUNT, TOKEN, "+32470000902", "EULogin", "waits in the network");
            sms.createPhone("+32470000903");
            sms.send(ACCOUNT, TOKEN, "+32470000904", "EULogin", "cleared");
            sms.clear("+32470000904");
            inbox = sms.messages("+32470000901");
            folder = copyNow();
        }

        try (SmsEmulator second = start(folder)) {
            SmsApiClient sms = new SmsApiClient(second.baseUrl());
            assertThat(sms.phones()).extracting(Phone::number)
                    .containsExactly("+32470000901", "+32470000902", "+32470000903", "+32470000904");
            assertThat(sms.phone("+32470000901").state()).isEqualTo(quiet);
            assertThat(sms.messages("+32470000901")).hasSize(5).isEqualTo(inbox);
            assertThat(sms.messages("+32470000904")).isEmpty();
            assertThat(sms.fetch(ACCOUNT, TOKEN, inbox.get(4).sid()).status()).isEqualTo("delivered");
            assertThat(sms.fetch(ACCOUNT, TOKEN, blocked.sid()).errorCode()).isEqualTo(30007);

            Phone airplane = sms.phone("+32470000902");
            assertThat(airplane.waitingInNetwork()).isEqualTo(1);
            assertThat(sms.fetch(ACCOUNT, TOKEN, held.sid()).status()).isEqualTo("sent");
            sms.setState("+32470000902", PhoneState.defaults());
            Sms arrived = sms.messages("+32470000902").get(0);
            assertThat(arrived.body()).isEqualTo("waits in the network");
            assertThat(arrived.id()).as("ids go on after the last one before the restart")
                    .isGreaterThan(inbox.get(4).id());
            assertThat(sms.fetch(ACCOUNT, TOKEN, held.sid()).status()).isEqualTo("delivered");
        }
    }

    @Test
    void the_restart_keeps_what_the_one_before_kept() throws Exception {
        try (SmsEmulator first = start(data)) {
            new SmsApiClient(first.baseUrl()).send(ACCOUNT, TOKEN, "+32470000911", "EULogin", "twice restarted");
        }
        try (SmsEmulator second = start(data)) {
            new SmsApiClient(second.baseUrl()).send(ACCOUNT, TOKEN, "+32470000911", "EULogin", "once restarted");
        }
        try (SmsEmulator third = start(data)) {
            assertThat(new SmsApiClient(third.baseUrl()).messages("+32470000911")).extracting(Sms::body)
                    .containsExactly("twice restarted", "once restarted");
        }
    }

    @Test
    void a_reset_empties_the_folder_and_ids_still_go_on() throws Exception {
        SentMessage before;
        long lastId;
        Path folder;
        try (SmsEmulator first = start(data)) {
            SmsApiClient sms = new SmsApiClient(first.baseUrl());
            before = sms.send(ACCOUNT, TOKEN, "+32470000921", "EULogin", "before the reset");
            lastId = sms.messages("+32470000921").get(0).id();
            sms.reset();
            folder = copyNow();
        }
        try (SmsEmulator second = start(folder)) {
            SmsApiClient sms = new SmsApiClient(second.baseUrl());
            assertThat(sms.phones()).isEmpty();
            assertThatThrownBy(() -> sms.fetch(ACCOUNT, TOKEN, before.sid())).isInstanceOf(SmsApiException.class);
            sms.send(ACCOUNT, TOKEN, "+32470000921", "EULogin", "after");
            assertThat(sms.nextMessage("+32470000921", lastId, Duration.ofSeconds(5)).orElseThrow().body())
                    .isEqualTo("after");
        }
    }

    @Test
    void a_last_line_cut_short_by_a_kill_was_never_answered_and_is_left_out() throws Exception {
        try (SmsEmulator first = start(data)) {
            new SmsApiClient(first.baseUrl()).send(ACCOUNT, TOKEN, "+32470000931", "EULogin", "answered");
        }
        Files.writeString(data.resolve(JournalFile.JOURNAL), "{\"kind\":\"phone\",\"number\":\"+324",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        try (SmsEmulator second = start(data)) {
            SmsApiClient sms = new SmsApiClient(second.baseUrl());
            assertThat(sms.phones()).extracting(Phone::number).containsExactly("+32470000931");
            assertThat(sms.messages("+32470000931")).extracting(Sms::body).containsExactly("answered");
        }
    }

    @Test
    void a_damaged_journal_stops_the_start_with_a_message_naming_it() throws Exception {
        Files.writeString(data.resolve(JournalFile.JOURNAL), "not json\n{\"kind\":\"ids\",\"lastId\":3}\n");
        assertThatThrownBy(() -> start(data)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(JournalFile.JOURNAL).hasMessageContaining("damaged at line 1");
    }

    @Test
    void two_emulators_cannot_share_a_data_folder() {
        try (SmsEmulator first = start(data)) {
            assertThatThrownBy(() -> start(data)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("in use by another running emulator");
        }
    }
}
