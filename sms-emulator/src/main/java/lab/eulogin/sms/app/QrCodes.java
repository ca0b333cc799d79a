package lab.eulogin.sms.app;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/** The app's camera: reads the QR code in an image (a screenshot of the PC's page, PNG or JPEG). */
public final class QrCodes {
    private QrCodes() {
    }

    /**
     * @throws AppException {@code qr-unreadable} when the bytes are no image or hold no QR code
     */
    public static String decode(byte[] image) {
        BufferedImage picture;
        try {
            picture = ImageIO.read(new ByteArrayInputStream(image));
        } catch (IOException | RuntimeException e) {
            picture = null;
        }
        if (picture == null) {
            throw new AppException("qr-unreadable", "The picture is not an image the app can read");
        }
        LuminanceSource source = new BufferedImageLuminanceSource(picture);
        // A screenshot of the QR element alone is a clean code: read it as such first; zxing's general
        // finder misses about one clean code in a hundred, but finds codes in a whole-page screenshot.
        for (Map<DecodeHintType, ?> hints : List.of(Map.of(DecodeHintType.PURE_BARCODE, true),
                Map.of(DecodeHintType.TRY_HARDER, true))) {
            try {
                return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)), hints).getText();
            } catch (ReaderException e) {
                // try the next way
            }
        }
        throw new AppException("qr-unreadable", "No QR code could be read in the picture");
    }
}
