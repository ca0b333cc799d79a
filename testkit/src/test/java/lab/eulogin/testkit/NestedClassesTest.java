package lab.eulogin.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A @Nested class inherits the extension and shares the outer class's lab. */
@EuLoginLabTest
class NestedClassesTest {
    private static String outerLab;

    @BeforeAll
    static void remember(LabRuntimeInfo lab) {
        outerLab = lab.idpUrl();
    }

    @Test
    void the_outer_class_has_the_lab(LabRuntimeInfo lab) {
        assertThat(lab.idpUrl()).isEqualTo(outerLab);
    }

    @Nested
    class Inner {
        @Test
        void the_nested_class_uses_the_same_lab_and_it_still_answers(LabKit kit) {
            assertThat(kit.info().idpUrl()).isEqualTo(outerLab);
            assertThat(kit.now()).isNotNull();
        }
    }
}
