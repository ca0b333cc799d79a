package lab.eulogin.sms.phones;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

    @Test
    void a_number_is_brought_to_e164_form() {
        assertThat(PhoneNumbers.normalise("+32470123456")).isEqualTo("+32470123456");
        assertThat(PhoneNumbers.normalise("32470123456")).isEqualTo("+32470123456");
        assertThat(PhoneNumbers.normalise(" +32 470 12.34-56 ")).isEqualTo("+32470123456");
        assertThat(PhoneNumbers.normalise("+1 (500) 555-0006")).isEqualTo("+15005550006");
    }

    @Test
    void what_cannot_be_an_e164_number_is_refused() {
        for (String invalid : new String[] {"", "+", "+0470123456", "12345", "+1234567890123456", "+32abc", "++32470123456"}) {
            assertThatThrownBy(() -> PhoneNumbers.normalise(invalid)).as(invalid).isInstanceOf(InvalidPhoneNumberException.class);
        }
    }

    @Test
    void a_sender_is_a_number_or_an_alphanumeric_sender_id() {
        assertThat(PhoneNumbers.sender("EU Login")).hasValue("EU Login");
        assertThat(PhoneNumbers.sender("32470123456")).hasValue("+32470123456");
        assertThat(PhoneNumbers.sender("TwelveChars1")).isEmpty();
        assertThat(PhoneNumbers.sender("12345")).isEmpty();
        assertThat(PhoneNumbers.sender("no-hyphens")).isEmpty();
    }
}
