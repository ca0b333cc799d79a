package lab.eulogin.idp.reports;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;

/**
 * A screenshot kept with a report: a PNG or JPEG picture, recognised by its content (never by its
 * name or the type the browser claims), whose header a picture reader accepts.
 */
public record Screenshot(String contentType, byte[] bytes) {
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";

    /** The picture in these bytes, or empty when they are not a PNG or JPEG picture. */
    public static Optional<Screenshot> of(byte[] bytes) {
        String type = typeOf(bytes);
        if (type == null || !readable(bytes, type)) {
            return Optional.empty();
        }
        return Optional.of(new Screenshot(type, bytes));
    }

    private static String typeOf(byte[] b) {
        if (b == null || b.length < 8) {
            return null;
        }
        if ((b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G'
                && b[4] == 0x0d && b[5] == 0x0a && b[6] == 0x1a && b[7] == 0x0a) {
            return PNG;
        }
        if ((b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
            return JPEG;
        }
        return null;
    }

    /** Reads only the header (the picture's size), so a huge picture is never decoded here. */
    private static boolean readable(byte[] bytes, String type) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(type);
        if (!readers.hasNext()) {
            return false;
        }
        ImageReader reader = readers.next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            return reader.getWidth(0) > 0 && reader.getHeight(0) > 0;
        } catch (IOException | RuntimeException e) {
            return false;
        } finally {
            reader.dispose();
        }
    }
}
