package lab.eulogin.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/** On an instance field, each test has a lab of its own, stopped after it. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PerTestLabTest {
    private static LabKit first;

    @RegisterExtension
    final EuLoginLabExtension own = EuLoginLabExtension.newInstance().build();

    @Test
    @Order(1)
    void the_first_test_has_a_lab(LabKit kit) {
        assertThat(kit).isSameAs(own.kit());
        assertThat(kit.now()).isNotNull();
        first = kit;
    }

    @Test
    @Order(2)
    void the_second_has_another_and_the_first_is_stopped(LabKit kit) {
        assertThat(kit.info().idpUrl()).isNotEqualTo(first.info().idpUrl());
        assertThatThrownBy(() -> first.now()).hasMessageContaining("did not answer");
    }
}
