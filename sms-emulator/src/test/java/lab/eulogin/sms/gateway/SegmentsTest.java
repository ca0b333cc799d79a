package lab.eulogin.sms.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SegmentsTest {

    @Test
    void gsm_text_fits_160_characters_in_one_segment_and_153_per_part_beyond() {
        assertThat(Segments.count("a".repeat(160))).isEqualTo(1);
        assertThat(Segments.count("a".repeat(161))).isEqualTo(2);
        assertThat(Segments.count("a".repeat(306))).isEqualTo(2);
        assertThat(Segments.count("a".repeat(307))).isEqualTo(3);
    }

    @Test
    void gsm_extension_characters_count_twice() {
        assertThat(Segments.count("€".repeat(80))).isEqualTo(1);
        assertThat(Segments.count("€".repeat(81))).isEqualTo(2);
    }

    @Test
    void other_text_goes_as_ucs2_with_70_and_67_characters() {
        assertThat(Segments.count("ł".repeat(70))).isEqualTo(1);
        assertThat(Segments.count("ł".repeat(71))).isEqualTo(2);
        assertThat(Segments.count("ł".repeat(134))).isEqualTo(2);
        assertThat(Segments.count("ł".repeat(135))).isEqualTo(3);
    }
}
