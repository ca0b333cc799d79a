package lab.eulogin.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the test class against an EU Login Lab started in the test's JVM on free ports: the
 * declarative form of {@link EuLoginLabExtension}. Test methods (and constructors, and
 * {@code @BeforeEach} methods) may take a {@link LabKit}, a {@link LabRuntimeInfo} or a new
 * {@link HttpBrowser} as parameters.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(EuLoginLabExtension.class)
public @interface EuLoginLabTest {
    /**
     * The service registry (a {@code services.yaml} file, relative to the working directory: the
     * module's under Maven) with the applications that may sign in; empty: the lab's own, which
     * registers only its demo services.
     */
    String services() default "";

    /** A lab for each test instead of one for the class (slower, about a second each). */
    boolean perMethodLifecycle() default false;

    /** Resets the whole lab before each test (when the lab is shared by the class). */
    boolean resetBeforeEach() default true;
}
