package lab.eulogin.stack;

import java.io.PrintStream;
import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import lab.eulogin.idp.oidc.OidcPolicy;
import lab.eulogin.idp.oidc.SigningKeys;
import lab.eulogin.idp.store.Database;

/**
 * {@code keys [list | rotate | remove KID] [--data DIR]}: the operator's rotation of the OpenID
 * Connect signing keys kept in a data folder, while no lab holds it. A new key signs from the next
 * start; the older ones stay in the JWKS, so tokens they signed still verify, until removed.
 */
final class KeysCommand {
    static final String USAGE = """
            Usage: lab keys [list | rotate | remove KEY_ID] [--data DIR]
              list            the OpenID Connect signing keys in the data folder, the one that signs first
              rotate          a new key, which signs from the next start; the others stay published
              remove KEY_ID   take an older key out of the JWKS (tokens it signed no longer verify)
            Stop the lab that uses the folder first.""";

    private KeysCommand() {
    }

    /** @return the exit code: 0 done, 2 refused (with one line on {@code err}) */
    static int run(List<String> args, PrintStream out, PrintStream err) {
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < args.size() && !args.get(i).startsWith("--")) {
            words.add(args.get(i++));
        }
        String action = words.isEmpty() ? "list" : words.get(0);
        boolean known = switch (action) {
            case "list", "rotate" -> words.size() == 1 || words.isEmpty();
            case "remove" -> words.size() == 2;
            default -> false;
        };
        if (!known) {
            err.println("Unknown keys command " + String.join(" ", words) + "; see lab keys --help.");
            return 2;
        }
        LabConfig config;
        try {
            config = LabOptions.parse(args.subList(i, args.size()));
            if (config.dataDir() == null || !Files.exists(config.databaseFile())) {
                throw new StartRefused("No lab database in " + (config.dataDir() == null ? "memory"
                        : config.dataDir().toAbsolutePath().normalize()) + "; give the data folder with "
                        + LabOptions.howToSet(LabOptions.DATA) + ".");
            }
            DataFolderCheck.requireUnused(config);
        } catch (LabOptions.BadOption | StartRefused refused) {
            err.println(refused.getMessage());
            return 2;
        }
        try (Database database = Database.open(config.jdbcUrl())) {
            SigningKeys keys = SigningKeys.open(database, Clock.systemUTC(), OidcPolicy.defaults().rsaKeyBits());
            switch (action) {
                case "rotate" -> out.println("New signing key " + keys.rotate() + "; it signs from the next start.");
                case "remove" -> {
                    try {
                        if (!keys.remove(words.get(1))) {
                            err.println("No key " + words.get(1) + " in this data folder; lab keys list shows them.");
                            return 2;
                        }
                    } catch (IllegalArgumentException signing) {
                        err.println("Key " + words.get(1) + " signs; rotate first, then remove it.");
                        return 2;
                    }
                    out.println("Key " + words.get(1) + " removed from the JWKS.");
                }
                default -> { }
            }
            List<String> ids = keys.keyIds();
            for (int k = 0; k < ids.size(); k++) {
                out.println("  " + ids.get(k) + (k == 0 ? "  (signs)" : ""));
            }
        }
        return 0;
    }
}
