package lab.eulogin.sms.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class QrCodesTest {
    @Test
    void a_screenshot_of_the_qr_code_alone_is_read() {
        for (int i = 0; i < 200; i++) {
            String text = "eulogin:enrol?server=http%3A%2F%2Flocalhost%3A7000&code=" + AppCrypto.encode(new byte[] {(byte) i, 7, 9})
                    + "x".repeat(i % 40) + "&salt=AAAA&iterations=100000";
            assertThat(QrCodes.decode(FakeIdp.png(text))).isEqualTo(text);
        }
    }

    @Test
    void a_screenshot_of_a_whole_page_with_the_qr_code_in_it_is_read() throws Exception {
        BufferedImage qr = ImageIO.read(new ByteArrayInputStream(FakeIdp.png("eulogin:otp?challenge=abc")));
        BufferedImage page = new BufferedImage(1024, 768, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = page.createGraphics();
        g.setColor(new Color(0xf3f5f8));
        g.fillRect(0, 0, 1024, 768);
        g.setColor(new Color(0x004494));
        g.fillRect(0, 0, 1024, 60);
        g.drawImage(qr, 400, 200, null);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(page, "PNG", png);
        assertThat(QrCodes.decode(png.toByteArray())).isEqualTo("eulogin:otp?challenge=abc");
    }

    @Test
    void bytes_that_are_no_image_or_hold_no_qr_code_are_refused_with_a_reason() throws Exception {
        assertThatThrownBy(() -> QrCodes.decode("not an image".getBytes()))
                .isInstanceOfSatisfying(AppException.class, e -> assertThat(e.code()).isEqualTo("qr-unreadable"));
        ByteArrayOutputStream blank = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB), "PNG", blank);
        assertThatThrownBy(() -> QrCodes.decode(blank.toByteArray()))
                .isInstanceOfSatisfying(AppException.class, e -> assertThat(e.code()).isEqualTo("qr-unreadable"));
    }
}
