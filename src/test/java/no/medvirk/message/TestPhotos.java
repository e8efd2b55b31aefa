package no.medvirk.message;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Photos as phones and scripts send them, made in the test: no file of a real person's is needed. */
public final class TestPhotos {

    /** The camera's name in the EXIF of {@link #jpegWithGps}: found in the input, never in what Medvirk keeps. */
    public static final String CAMERA = "MedvirkTestCamera";

    private TestPhotos() {
    }

    /**
     * A JPEG as a phone writes it: left half red, right half blue, with EXIF naming the camera, the orientation
     * (6: the camera was turned, show it turned 90° clockwise) and a GPS position (59°3'12" N, 10°1'36" E).
     */
    public static byte[] jpegWithGps(int width, int height, int orientation) {
        byte[] jpeg = encode(halves(width, height), "jpeg");
        // A camera writes EXIF in place of the JFIF segment the JDK writes after SOI.
        int jfifEnd = 4 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF));
        byte[] exif = exif(orientation);
        ByteBuffer out = ByteBuffer.allocate(2 + exif.length + jpeg.length - jfifEnd);
        out.put(jpeg, 0, 2).put(exif).put(jpeg, jfifEnd, jpeg.length - jfifEnd);
        return out.array();
    }

    public static byte[] png(int width, int height) {
        return encode(halves(width, height), "png");
    }

    /** A PNG whose header claims 100,000 × 100,000 pixels: decoded, it would take 40 GB. */
    public static byte[] pngBomb() {
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(100_000).putInt(100_000).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        chunk(out, "IHDR", ihdr.array());
        chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /** The start of an iPhone's HEIC file: an ISO base media "ftyp" box of brand heic. */
    public static byte[] heic() {
        byte[] head = new byte[64];
        ByteBuffer.wrap(head).putInt(24).put("ftypheic".getBytes(StandardCharsets.ISO_8859_1)).putInt(0)
                .put("mif1heic".getBytes(StandardCharsets.ISO_8859_1));
        return head;
    }

    /** A PDF, as if renamed to photo.jpg. */
    public static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** Whether the bytes hold the text (as Latin-1: EXIF's ASCII). */
    public static boolean contains(byte[] bytes, String text) {
        return new String(bytes, StandardCharsets.ISO_8859_1).contains(text);
    }

    private static BufferedImage halves(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 2, height);
        g.setColor(Color.BLUE);
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** An APP1 segment: "Exif", a big-endian TIFF with IFD0 (Make, Orientation, GPS pointer) and a GPS IFD. */
    private static byte[] exif(int orientation) {
        ByteBuffer tiff = ByteBuffer.allocate(170);
        tiff.put(new byte[] {'M', 'M', 0, 42}).putInt(8);
        tiff.putShort((short) 3);
        entry(tiff, 0x010F, 2, 18, 50);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        entry(tiff, 0x8825, 4, 1, 68);
        tiff.putInt(0);
        tiff.put((CAMERA + "\0").getBytes(StandardCharsets.US_ASCII));
        tiff.putShort((short) 4);
        tiff.putShort((short) 1).putShort((short) 2).putInt(2).put(new byte[] {'N', 0, 0, 0});
        entry(tiff, 2, 5, 3, 122);
        tiff.putShort((short) 3).putShort((short) 2).putInt(2).put(new byte[] {'E', 0, 0, 0});
        entry(tiff, 4, 5, 3, 146);
        tiff.putInt(0);
        tiff.putInt(59).putInt(1).putInt(3).putInt(1).putInt(1200).putInt(100);
        tiff.putInt(10).putInt(1).putInt(1).putInt(1).putInt(3600).putInt(100);
        byte[] payload = tiff.array();
        ByteBuffer app1 = ByteBuffer.allocate(4 + 6 + payload.length);
        app1.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + 6 + payload.length))
                .put("Exif\0\0".getBytes(StandardCharsets.US_ASCII)).put(payload);
        return app1.array();
    }

    private static void entry(ByteBuffer ifd, int tag, int type, int count, int offset) {
        ifd.putShort((short) tag).putShort((short) type).putInt(count).putInt(offset);
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(name);
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
