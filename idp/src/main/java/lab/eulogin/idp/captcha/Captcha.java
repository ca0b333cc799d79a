package lab.eulogin.idp.captcha;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * "Enter the code": a short code drawn by the IdP itself, with no outside service, from letters
 * and digits that cannot be mistaken for one another.
 *
 * @param answer   what the user must type
 * @param imageUri the picture, as a data: URI for the page
 */
public record Captcha(String answer, String imageUri) {
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 6;
    private static final int WIDTH = 220;
    private static final int HEIGHT = 70;
    private static final SecureRandom RANDOM = new SecureRandom();

    public static Captcha draw() {
        StringBuilder answer = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            answer.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return new Captcha(answer.toString(), "data:image/png;base64," + png(answer.toString()));
    }

    /** Case and surrounding spaces do not matter; the code has no look-alike characters to confuse. */
    public boolean accepts(String typed) {
        return typed != null && typed.strip().equalsIgnoreCase(answer);
    }

    private static String png(String text) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0xF3F5F8));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        for (int i = 0; i < 8; i++) {
            g.setColor(new Color(120 + RANDOM.nextInt(100), 120 + RANDOM.nextInt(100), 160 + RANDOM.nextInt(90)));
            g.setStroke(new BasicStroke(1 + RANDOM.nextInt(2)));
            g.drawLine(RANDOM.nextInt(WIDTH), RANDOM.nextInt(HEIGHT), RANDOM.nextInt(WIDTH), RANDOM.nextInt(HEIGHT));
        }
        Font font = new Font(Font.SANS_SERIF, Font.BOLD, 34);
        for (int i = 0; i < text.length(); i++) {
            AffineTransform turn = AffineTransform.getRotateInstance((RANDOM.nextDouble() - 0.5) * 0.6);
            g.setFont(font.deriveFont(turn));
            g.setColor(new Color(0x00, 0x33 + RANDOM.nextInt(40), 0x70 + RANDOM.nextInt(60)));
            g.drawString(String.valueOf(text.charAt(i)), 14 + i * 33, 48 + RANDOM.nextInt(10) - 5);
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Base64.getEncoder().encodeToString(out.toByteArray());
    }
}
