package lab.eulogin.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

import lab.eulogin.idp.services.ServiceRegistry;
import lab.eulogin.idp.services.ServiceRegistryException;
import lab.eulogin.stack.Lab;

/**
 * Starts an EU Login Lab (IdP, SMS and mail emulators) in the test's JVM on free ports, with an
 * in-memory database and lab mode on, and hands tests a {@link LabKit}, the {@link LabRuntimeInfo}
 * and new {@link HttpBrowser}s as parameters.
 * <ul>
 *   <li>Declarative: {@code @EuLoginLabTest(services = "src/test/resources/services.yaml")} on the
 *       class (or {@code @ExtendWith(EuLoginLabExtension.class)} for the defaults).</li>
 *   <li>Programmatic: {@code @RegisterExtension static EuLoginLabExtension lab =
 *       EuLoginLabExtension.newInstance().service(...).build();} then {@code lab.kit()}.</li>
 * </ul>
 * On a static field, or declared on the class, one lab serves the whole class and is reset before
 * each test (accounts, mail, phones, faults, clock); on an instance field, or with
 * {@code perMethodLifecycle}, each test gets a lab of its own. Tests of one class that run in
 * parallel need the per-test lab.
 */
public final class EuLoginLabExtension implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback,
        AfterAllCallback, ParameterResolver {

    private final boolean declarative;
    private Settings settings;
    private Lab lab;
    private LabKit kit;
    private Path writtenRegistry;
    private boolean startedForOneTest;
    /** How many test classes are running: @Nested classes inherit the extension and share the outer lab. */
    private int classes;

    /** For {@code @ExtendWith} and {@link EuLoginLabTest}: the settings come from the annotation. */
    public EuLoginLabExtension() {
        this.declarative = true;
        this.settings = Settings.DEFAULTS;
    }

    private EuLoginLabExtension(Settings settings) {
        this.declarative = false;
        this.settings = settings;
    }

    public static Builder newInstance() {
        return new Builder();
    }

    /** The kit of the running lab; there is none before the lab starts (before all, or before each test). */
    public LabKit kit() {
        if (kit == null) {
            throw new IllegalStateException("The lab is not running: it starts before the class's tests "
                    + "(static field) or before each test (instance field)");
        }
        return kit;
    }

    public LabRuntimeInfo runtimeInfo() {
        return kit().info();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (classes++ > 0) {
            return;
        }
        if (declarative) {
            settings = AnnotationSupport.findAnnotation(context.getRequiredTestClass(), EuLoginLabTest.class)
                    .map(Settings::of).orElse(Settings.DEFAULTS);
        }
        if (!settings.perMethodLifecycle()) {
            start();
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (lab == null) {
            start();
            startedForOneTest = true;
        } else if (settings.resetBeforeEach()) {
            kit.reset();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (startedForOneTest) {
            stop();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (--classes == 0) {
            stop();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == LabKit.class || type == LabRuntimeInfo.class || type == HttpBrowser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (kit == null) {
            throw new ParameterResolutionException("The EU Login Lab is not running yet when "
                    + parameter.getDeclaringExecutable().getName() + " asks for a "
                    + parameter.getParameter().getType().getSimpleName()
                    + "; with a lab per test, ask for it in a test or a @BeforeEach method");
        }
        Class<?> type = parameter.getParameter().getType();
        return type == LabKit.class ? kit : type == LabRuntimeInfo.class ? kit.info() : kit.browser();
    }

    private void start() {
        try {
            lab = Lab.startForTests(registry());
        } catch (RuntimeException | LinkageError e) {
            deleteWrittenRegistry();
            throw new ExtensionConfigurationException(whyItDidNotStart(e, EuLoginLabExtension.class.getClassLoader()), e);
        }
        kit = LabKit.connect(InJvmLab.runtimeInfo(lab)).withTimeout(settings.timeout());
    }

    /** The start's failure in one line; a class or method missing means another version of a library on the class path. */
    static String whyItDidNotStart(Throwable e, ClassLoader loader) {
        String why = "The EU Login Lab did not start: " + e.getMessage();
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof LinkageError) {
                return why + "." + LabLibraries.advice(loader);
            }
        }
        return why;
    }

    private Path registry() {
        if (settings.services().isEmpty()) {
            return settings.servicesFile().map(EuLoginLabExtension::existing).orElse(null);
        }
        try {
            writtenRegistry = Files.createTempFile("eulogin-lab-services", ".yaml");
            Files.write(writtenRegistry, registryYaml(settings.services()));
            return writtenRegistry;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the lab's service registry", e);
        }
    }

    /** The services as the registry's YAML. */
    private static byte[] registryYaml(List<LabService> services) {
        try {
            return new YAMLMapper().writeValueAsBytes(Map.of("services", services.stream().map(LabService::entry).toList()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the lab's service registry", e);
        }
    }

    private static Path existing(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ExtensionConfigurationException("The service registry " + file.toAbsolutePath()
                    + " does not exist; give the path of a services.yaml relative to " + Path.of("").toAbsolutePath());
        }
        return file;
    }

    private void stop() {
        try {
            if (lab != null) {
                lab.close();
            }
        } finally {
            lab = null;
            kit = null;
            startedForOneTest = false;
            deleteWrittenRegistry();
        }
    }

    private void deleteWrittenRegistry() {
        if (writtenRegistry != null) {
            try {
                Files.deleteIfExists(writtenRegistry);
            } catch (IOException e) {
                // a temporary file left behind harms nobody
            }
            writtenRegistry = null;
        }
    }

    /** How the extension starts and shares the lab. */
    private record Settings(Optional<Path> servicesFile, List<LabService> services, boolean perMethodLifecycle,
                            boolean resetBeforeEach, Duration timeout) {
        static final Settings DEFAULTS = new Settings(Optional.empty(), List.of(), false, true, LabKit.DEFAULT_TIMEOUT);

        static Settings of(EuLoginLabTest annotation) {
            return new Settings(annotation.services().isBlank() ? Optional.empty() : Optional.of(Path.of(annotation.services())),
                    List.of(), annotation.perMethodLifecycle(), annotation.resetBeforeEach(), LabKit.DEFAULT_TIMEOUT);
        }
    }

    /** The programmatic form's settings. */
    public static final class Builder {
        private Path servicesFile;
        private final List<LabService> services = new ArrayList<>();
        private boolean perMethodLifecycle;
        private boolean resetBeforeEach = true;
        private Duration timeout = LabKit.DEFAULT_TIMEOUT;

        private Builder() {
        }

        /** The service registry file (services.yaml) with the applications that may sign in. */
        public Builder services(Path file) {
            this.servicesFile = file;
            return this;
        }

        /**
         * An application that may sign in, written to a registry of its own (instead of a file).
         * A mistake in it is refused here, before any lab starts.
         */
        public Builder service(LabService service) {
            service.entry();
            this.services.add(service);
            return this;
        }

        /** A lab for each test instead of one for the class. */
        public Builder perMethodLifecycle(boolean value) {
            this.perMethodLifecycle = value;
            return this;
        }

        /** Whether a lab shared by the class is reset before each test (default true). */
        public Builder resetBeforeEach(boolean value) {
            this.resetBeforeEach = value;
            return this;
        }

        /** How long the kit waits for mail, SMS and pushes (default 10 s). */
        public Builder timeout(Duration value) {
            this.timeout = value;
            return this;
        }

        public EuLoginLabExtension build() {
            if (servicesFile != null && !services.isEmpty()) {
                throw new IllegalStateException("Give the services either as a file or one by one, not both");
            }
            if (!services.isEmpty()) {
                // What only the whole registry shows (an id used twice, a level none of the methods
                // reaches), refused now in the IdP's own words rather than when the lab starts.
                try {
                    ServiceRegistry.parse(registryYaml(services), "The services given to the builder");
                } catch (ServiceRegistryException e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
            }
            return new EuLoginLabExtension(new Settings(Optional.ofNullable(servicesFile), List.copyOf(services),
                    perMethodLifecycle, resetBeforeEach, timeout));
        }
    }
}
