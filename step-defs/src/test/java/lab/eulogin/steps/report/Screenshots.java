package lab.eulogin.steps.report;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Screenshots kept as files beside the report, compressed, so that neither the report nor
 * Cucumber's JSON carries them inline (single-file reports grow to gigabytes that way).
 */
public final class Screenshots {
    /** Where the report is written: the repository root's target/lab-report. */
    public static final Path REPORT = Path.of(System.getProperty("lab.root", "..")).toAbsolutePath().normalize()
            .resolve("target/lab-report");
    static final String FOLDER = "screenshots";
    /** JPEG quality: text stays crisp enough to read, a page weighs about 60 KB. */
    public static final int QUALITY_PERCENT = 80;
    private static final float QUALITY = QUALITY_PERCENT / 100f;

    private Screenshots() {
    }

    private static String newName() throws IOException {
        Files.createDirectories(REPORT.resolve(FOLDER));
        return FOLDER + "/" + UUID.randomUUID() + ".jpg";
    }

    /** Saves a screenshot the browser already compressed as JPEG; returns its address relative to the report. */
    public static String saveJpeg(byte[] jpeg) {
        try {
            String name = newName();
            Files.write(REPORT.resolve(name), jpeg);
            return name;
        } catch (IOException e) {
            throw new UncheckedIOException("A screenshot could not be saved under " + REPORT, e);
        }
    }

    /** Saves a PNG screenshot (a Grid's browser gives no other) as a JPEG file; returns its address relative to the report. */
    public static String savePng(byte[] png) {
        try {
            BufferedImage read = ImageIO.read(new ByteArrayInputStream(png));
            BufferedImage rgb = new BufferedImage(read.getWidth(), read.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = rgb.createGraphics();
            g.drawImage(read, 0, 0, null);
            g.dispose();
            String name = newName();
            Path file = REPORT.resolve(name);
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
                writer.setOutput(out);
                writer.write(null, new IIOImage(rgb, null, null), param);
            } finally {
                writer.dispose();
            }
            return name;
        } catch (IOException e) {
            throw new UncheckedIOException("A screenshot could not be saved under " + REPORT, e);
        }
    }
}
