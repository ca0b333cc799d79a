package lab.eulogin.idp.devices;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class DeviceRulesTest {
    @ParameterizedTest
    @ValueSource(strings = {"0000", "1234", "9870"})
    void a_pin_of_four_digits_is_taken(String pin) {
        assertThat(DeviceRules.check("Phone", pin, pin).isEmpty()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "123", "12345", "12a4", " 123", "١٢٣٤", "12.4"})
    void a_pin_that_is_not_four_digits_from_0_to_9_is_refused(String pin) {
        assertThat(DeviceRules.check("Phone", pin, pin).asMap()).containsEntry("pin", "pin-format");
    }

    @Test
    void the_confirmation_must_be_the_same_pin() {
        assertThat(DeviceRules.check("Phone", "1234", "1243").asMap()).containsEntry("pinConfirm", "pin-mismatch");
    }

    @Test
    void a_device_needs_a_name_of_at_most_40_characters_without_control_characters() {
        assertThat(DeviceRules.check("  ", "1234", "1234").asMap()).containsEntry("deviceName", "device-name-required");
        assertThat(DeviceRules.check("x".repeat(40), "1234", "1234").isEmpty()).isTrue();
        assertThat(DeviceRules.check("x".repeat(41), "1234", "1234").asMap()).containsEntry("deviceName", "device-name-invalid");
        assertThat(DeviceRules.check("a\u0007b", "1234", "1234").asMap()).containsEntry("deviceName", "device-name-invalid");
    }
}
