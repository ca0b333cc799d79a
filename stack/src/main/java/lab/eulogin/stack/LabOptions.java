package lab.eulogin.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import lab.eulogin.idp.services.ServiceRegistry;
import lab.eulogin.idp.services.ServiceRegistryException;

/** The one loader of a {@link LabConfig} from the command line; unknown or malformed options are refused. */
public final class LabOptions {

    public static final String USAGE = """
            Options (defaults in brackets):
              --host HOST        interface every server binds to [127.0.0.1]
              --idp-port N       EU Login stand-in [7000]
              --sms-port N       SMS emulator and virtual phones [7100]
              --mail-port N      web mailbox and mail API [7200]
              --smtp-port N      SMTP of the mail emulator [2525]
              --imap-port N      IMAP of the mail emulator [1143]
              --demo-port N      demo services [7300]
              --data DIR         folder of the database, kept across restarts [./data]
              --services FILE    the applications that may sign in (YAML, see README.md)
                                 [the lab's own, with the demo services]
              --help             this text""";

    private static final Set<String> KNOWN = Set.of("--host", "--idp-port", "--sms-port", "--mail-port",
            "--smtp-port", "--imap-port", "--demo-port", "--data", "--services");

    private LabOptions() {
    }

    /** A refused command line; the message says what is wrong, in one line. */
    public static final class BadOption extends RuntimeException {
        BadOption(String message) {
            super(message);
        }
    }

    public static boolean wantsHelp(List<String> args) {
        return args.contains("--help") || args.contains("-h");
    }

    public static LabConfig parse(List<String> args) {
        Map<String, String> given = pairs(args);
        LabConfig d = LabConfig.defaults();
        return new LabConfig(
                given.getOrDefault("--host", d.host()),
                port(given, "--idp-port", d.idpPort()),
                port(given, "--sms-port", d.smsPort()),
                port(given, "--mail-port", d.mailWebPort()),
                port(given, "--smtp-port", d.smtpPort()),
                port(given, "--imap-port", d.imapPort()),
                port(given, "--demo-port", d.demoPort()),
                given.containsKey("--data") ? Path.of(given.get("--data")) : d.dataDir(),
                d.labMode(),
                d.demoAccounts(),
                given.containsKey("--services") ? services(given.get("--services")) : d.servicesFile());
    }

    /** A registry file is read now, so that a mistake in it is told in one line before anything starts. */
    private static Path services(String file) {
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) {
            throw new BadOption("Option --services names no file: " + path.toAbsolutePath() + ".");
        }
        try {
            ServiceRegistry.load(path);
        } catch (ServiceRegistryException e) {
            throw new BadOption("The service registry given with --services is refused: " + e.getMessage());
        }
        return path;
    }

    private static Map<String, String> pairs(List<String> args) {
        Map<String, String> given = new HashMap<>();
        for (int i = 0; i < args.size(); i += 2) {
            String option = args.get(i);
            if (!KNOWN.contains(option)) {
                throw new BadOption("Unknown option " + option + "; see --help.");
            }
            if (i + 1 >= args.size() || args.get(i + 1).startsWith("--") || args.get(i + 1).isBlank()) {
                throw new BadOption("Option " + option + " needs a value; see --help.");
            }
            given.put(option, args.get(i + 1));
        }
        return given;
    }

    private static int port(Map<String, String> given, String option, int byDefault) {
        String value = given.get(option);
        if (value == null) {
            return byDefault;
        }
        try {
            int port = Integer.parseInt(value);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException notANumber) {
            // same answer as an out-of-range number
        }
        throw new BadOption("Option " + option + " takes a port number from 1 to 65535, not '" + value + "'.");
    }
}
