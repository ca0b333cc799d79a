package lab.eulogin.mail.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NarrowClientTest {
    @Test
    void wordsWrapAtTheWidthAndLongWordsAreBrokenAcrossLines() {
        String wrapped = NarrowClient.wrap("aaa bbb ccc\n\nhttps://x.test/0123456789 end", 10);

        assertThat(wrapped).isEqualTo("aaa bbb\nccc\n\nhttps://x.\ntest/01234\n56789 end");
    }

    @Test
    void everyLineFitsTheColumns() {
        String text = "Please follow https://idp.test/cas/init?key=" + "k".repeat(150) + " to finish. " + "word ".repeat(40);

        assertThat(NarrowClient.wrap(text, NarrowClient.COLUMNS).split("\n"))
                .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(76));
    }
}
