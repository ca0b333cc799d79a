package lab.eulogin.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import lab.eulogin.idp.services.ServiceRegistry;
import lab.eulogin.idp.services.ServiceRegistryException;

/**
 * The one loader of a {@link LabConfig}: the command line first, then the environment (each option
 * {@code --some-thing} is also the variable {@code LAB_SOME_THING}, which a container image is
 * configured by), then the defaults of {@link LabConfig#defaults()}. Unknown or malformed options and
 * variables are refused in one line that names them; an empty variable counts as unset.
 */
public final class LabOptions {

    public static final String USAGE = """
            Options (each also read from the environment variable in capitals; defaults in brackets):
              --host HOST            LAB_HOST           interface every server binds to [127.0.0.1]
              --idp-port N           LAB_IDP_PORT       EU Login stand-in [7000]
              --sms-port N           LAB_SMS_PORT       SMS emulator and virtual phones [7100]
              --mail-port N          LAB_MAIL_PORT      web mailbox and mail API [7200]
              --smtp-port N          LAB_SMTP_PORT      SMTP of the mail emulator [2525]
              --imap-port N          LAB_IMAP_PORT      IMAP of the mail emulator [1143]
              --demo-port N          LAB_DEMO_PORT      demo services [7300]
              --ready-port N         LAB_READY_PORT     GET /ready answers 200 once every server is up [7400]
              --data DIR             LAB_DATA           folder of the database, kept across restarts [./data]
              --services FILE        LAB_SERVICES       the applications that may sign in (YAML, see README.md)
                                                        [the lab's own, with the demo services]
              --services-yaml TEXT   LAB_SERVICES_YAML  the same registry given as its text, where no file can be
                                                        mounted (a CI service); not with --services
              --public-host NAME     LAB_PUBLIC_HOST    the host name browsers use, written into redirects, mailed
                                                        links, QR codes and the demo pages; each server keeps its
                                                        port [localhost for EU Login, 127.0.0.1 for the others]
              --lab-mode on|off      LAB_LAB_MODE       the /__lab control endpoints (clock, test set-up) [on]
              --demo-data on|off     LAB_DEMO_DATA      the demo accounts and support staff [on]
              --demo-services on|off LAB_DEMO_SERVICES  the demo services on the demo port [on]
              --help                                    this text""";

    static final String HOST = "--host";
    static final String IDP_PORT = "--idp-port";
    static final String SMS_PORT = "--sms-port";
    static final String MAIL_PORT = "--mail-port";
    static final String SMTP_PORT = "--smtp-port";
    static final String IMAP_PORT = "--imap-port";
    static final String DEMO_PORT = "--demo-port";
    static final String READY_PORT = "--ready-port";
    static final String DATA = "--data";
    static final String SERVICES = "--services";
    static final String SERVICES_YAML = "--services-yaml";
    static final String PUBLIC_HOST = "--public-host";
    static final String LAB_MODE = "--lab-mode";
    static final String DEMO_DATA = "--demo-data";
    static final String DEMO_SERVICES = "--demo-services";

    private static final List<String> KNOWN = List.of(HOST, IDP_PORT, SMS_PORT, MAIL_PORT, SMTP_PORT, IMAP_PORT,
            DEMO_PORT, READY_PORT, DATA, SERVICES, SERVICES_YAML, PUBLIC_HOST, LAB_MODE, DEMO_DATA, DEMO_SERVICES);

    /** Variables of the same prefix that are not settings: the lab script's JVM options. */
    private static final List<String> NOT_SETTINGS = List.of("LAB_JAVA_OPTS");

    /** A host name or IPv4 address, or an IPv6 address in brackets: no scheme, port or path. */
    private static final Pattern HOST_NAME = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?|\\[[0-9A-Fa-f:.]+]");

    private LabOptions() {
    }

    /** A refused command line or environment; the message says what is wrong, in one line. */
    public static final class BadOption extends RuntimeException {
        BadOption(String message) {
            super(message);
        }
    }

    /** One value and where it came from, as the refusal names it ("Option --x", "Environment variable LAB_X"). */
    private record Given(String value, String source, String option) {
    }

    public static boolean wantsHelp(List<String> args) {
        return args.contains("--help") || args.contains("-h");
    }

    /** The environment variable of an option: {@code --idp-port} is {@code LAB_IDP_PORT}. */
    public static String variable(String option) {
        return "LAB_" + option.substring(2).toUpperCase(Locale.ROOT).replace('-', '_');
    }

    /** How a person changes a setting, for the refusals that name one: "--idp-port or LAB_IDP_PORT". */
    static String howToSet(String option) {
        return option + " or " + variable(option);
    }

    public static LabConfig parse(List<String> args) {
        return parse(args, System.getenv());
    }

    static LabConfig parse(List<String> args, Map<String, String> environment) {
        Map<String, Given> given = fromEnvironment(environment);
        given.putAll(fromCommandLine(args));
        LabConfig d = LabConfig.defaults();
        return new LabConfig(
                given.containsKey(HOST) ? given.get(HOST).value() : d.host(),
                port(given, IDP_PORT, d.idpPort()),
                port(given, SMS_PORT, d.smsPort()),
                port(given, MAIL_PORT, d.mailWebPort()),
                port(given, SMTP_PORT, d.smtpPort()),
                port(given, IMAP_PORT, d.imapPort()),
                port(given, DEMO_PORT, d.demoPort()),
                given.containsKey(DATA) ? Path.of(given.get(DATA).value()) : d.dataDir(),
                onOff(given, LAB_MODE, d.labMode()),
                onOff(given, DEMO_DATA, d.demoAccounts()),
                servicesFile(given, d.servicesFile()),
                given.containsKey(PUBLIC_HOST) ? publicHost(given.get(PUBLIC_HOST)) : d.publicHost(),
                onOff(given, DEMO_SERVICES, d.demoServices()),
                port(given, READY_PORT, d.readyPort()));
    }

    private static Path servicesFile(Map<String, Given> given, Path byDefault) {
        if (given.containsKey(SERVICES) && given.containsKey(SERVICES_YAML)) {
            throw new BadOption(given.get(SERVICES).option() + " and " + given.get(SERVICES_YAML).option()
                    + " both give a service registry; give one of them.");
        }
        if (given.containsKey(SERVICES_YAML)) {
            return services(written(given.get(SERVICES_YAML)));
        }
        return given.containsKey(SERVICES) ? services(given.get(SERVICES)) : byDefault;
    }

    /** A registry given as text goes to a file of its own, read as any other. */
    private static Given written(Given yaml) {
        try {
            Path file = Files.createTempFile("lab-services-", ".yaml");
            file.toFile().deleteOnExit();
            Files.writeString(file, yaml.value());
            return new Given(file.toString(), yaml.source(), yaml.option());
        } catch (IOException e) {
            throw new BadOption("Cannot keep the service registry of " + yaml.source() + " (" + e.getMessage()
                    + "); give it as a file with " + howToSet(SERVICES) + ".");
        }
    }

    /** A registry file is read now, so that a mistake in it is told in one line before anything starts. */
    private static Path services(Given file) {
        Path path = Path.of(file.value());
        if (!Files.isRegularFile(path)) {
            throw new BadOption(file.source() + " names no file: " + path.toAbsolutePath()
                    + "; give the path of a service registry (in a container: a file mounted there).");
        }
        try {
            ServiceRegistry.load(path);
        } catch (ServiceRegistryException e) {
            throw new BadOption("The service registry given with " + file.option() + " is refused: " + e.getMessage());
        }
        return path;
    }

    private static String publicHost(Given name) {
        if (!HOST_NAME.matcher(name.value()).matches()) {
            throw new BadOption(name.source() + " takes a host name such as localhost or lab.example.eu (no scheme,"
                    + " port or path), not '" + name.value() + "'.");
        }
        return name.value();
    }

    private static Map<String, Given> fromCommandLine(List<String> args) {
        Map<String, Given> given = new HashMap<>();
        for (int i = 0; i < args.size(); i += 2) {
            String option = args.get(i);
            if (!KNOWN.contains(option)) {
                throw new BadOption("Unknown option " + option + "; see --help.");
            }
            if (i + 1 >= args.size() || args.get(i + 1).startsWith("--") || args.get(i + 1).isBlank()) {
                throw new BadOption("Option " + option + " needs a value; see --help.");
            }
            given.put(option, new Given(args.get(i + 1), "Option " + option, option));
        }
        return given;
    }

    /** Every variable starting with LAB_ must be one of the lab's: a misspelt one would otherwise be ignored. */
    private static Map<String, Given> fromEnvironment(Map<String, String> environment) {
        Map<String, String> options = new LinkedHashMap<>();
        KNOWN.forEach(option -> options.put(variable(option), option));
        Map<String, Given> given = new HashMap<>();
        environment.entrySet().stream()
                .filter(e -> e.getKey().startsWith("LAB_") && !NOT_SETTINGS.contains(e.getKey()))
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> {
                    String option = options.get(e.getKey());
                    if (option == null) {
                        throw new BadOption("Unknown environment variable " + e.getKey() + "; the lab reads "
                                + String.join(", ", options.keySet()) + " (see --help).");
                    }
                    if (!e.getValue().isBlank()) {
                        given.put(option, new Given(e.getValue().strip(), "Environment variable " + e.getKey(),
                                variable(option)));
                    }
                });
        return given;
    }

    private static int port(Map<String, Given> given, String option, int byDefault) {
        Given value = given.get(option);
        if (value == null) {
            return byDefault;
        }
        try {
            int port = Integer.parseInt(value.value());
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException notANumber) {
            // same answer as an out-of-range number
        }
        throw new BadOption(value.source() + " takes a port number from 1 to 65535, not '" + value.value() + "'.");
    }

    private static boolean onOff(Map<String, Given> given, String option, boolean byDefault) {
        Given value = given.get(option);
        if (value == null) {
            return byDefault;
        }
        return switch (value.value().toLowerCase(Locale.ROOT)) {
            case "on", "true", "yes" -> true;
            case "off", "false", "no" -> false;
            default -> throw new BadOption(value.source() + " takes on or off, not '" + value.value() + "'.");
        };
    }

    /** The settings' variables, for the documentation test. */
    static List<String> variables() {
        return KNOWN.stream().map(LabOptions::variable).collect(Collectors.toList());
    }
}
