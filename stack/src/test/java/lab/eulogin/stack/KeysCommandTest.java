package lab.eulogin.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lab.eulogin.idp.oidc.OidcPolicy;
import lab.eulogin.idp.oidc.SigningKeys;
import lab.eulogin.idp.store.Database;

/** The operator rotates the OpenID Connect signing keys of a stopped lab's data folder. */
class KeysCommandTest {
    @TempDir
    Path data;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void rotationAddsAKeyThatSignsAndKeepsTheOldOnePublishedUntilItIsRemoved() {
        String first = keysOfTheFolder().get(0);

        assertThat(keys("rotate")).isZero();
        List<String> after = keysOfTheFolder();
        assertThat(after).hasSize(2).element(1).isEqualTo(first);
        String second = after.get(0);
        assertThat(out()).contains("New signing key " + second, first);

        assertThat(keys("remove", second)).as("the key that signs stays").isEqualTo(2);
        assertThat(err()).contains("Key " + second + " signs; rotate first");
        assertThat(keys("remove", first)).isZero();
        assertThat(keysOfTheFolder()).containsExactly(second);
        assertThat(keys("list")).isZero();
        assertThat(out()).endsWith("  " + second + "  (signs)" + System.lineSeparator());
    }

    @Test
    void aFolderWithoutADatabaseAnUnknownKeyOrAnUnknownCommandIsRefusedInOneLine() {
        assertThat(keys("list")).isEqualTo(2);
        assertThat(err()).startsWith("No lab database in ").contains("--data");
        keysOfTheFolder();
        assertThat(keys("remove", "no-such-key")).isEqualTo(2);
        assertThat(err()).contains("No key no-such-key in this data folder");
        assertThat(keys("shuffle")).isEqualTo(2);
        assertThat(err()).contains("Unknown keys command shuffle");
    }

    /** The keys as the IdP finds them at its next start (the database made, with its first key, if new). */
    private List<String> keysOfTheFolder() {
        LabConfig config = LabOptions.parse(List.of("--data", data.toString()));
        try (Database database = Database.open(config.jdbcUrl())) {
            return SigningKeys.open(database, Clock.systemUTC(), OidcPolicy.defaults().rsaKeyBits()).keyIds();
        }
    }

    private int keys(String... words) {
        out.reset();
        err.reset();
        List<String> args = new ArrayList<>(List.of(words));
        args.addAll(List.of("--data", data.toString()));
        return KeysCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
