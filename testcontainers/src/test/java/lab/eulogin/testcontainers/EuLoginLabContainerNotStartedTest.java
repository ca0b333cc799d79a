package lab.eulogin.testcontainers;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** What a container asked for its addresses before it started says, with no container engine needed. */
class EuLoginLabContainerNotStartedTest {

    @Test
    void an_address_asked_before_the_start_says_how_to_start_it_even_with_at_container_alone() {
        EuLoginLabContainer lab = new EuLoginLabContainer();

        assertThatThrownBy(lab::getCasServerUrlPrefix)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not started")
                .hasMessageContaining("start()")
                .hasMessageContaining("@Testcontainers");
    }
}
