package no.medvirk.message;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Set;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.util.exif.ExifFilterUtils;
import net.coobird.thumbnailator.util.exif.ExifUtils;
import net.coobird.thumbnailator.util.exif.Orientation;

/**
 * One photo made safe to keep and show: its type read from its first bytes (never its name or the browser's
 * word), its size in pixels read from its header before any pixel is decoded (an image bomb is refused
 * unread), then only its pixels re-encoded as JPEG, turned as the camera's EXIF orientation says and scaled,
 * so that no EXIF, GPS position or other metadata survives. Everything happens in memory: the photo never
 * touches a temporary file.
 */
final class PhotoProcessing {

    static final long MAX_BYTES = 10L * 1024 * 1024;
    /** Larger than any phone camera's photo (48 MP), small enough to decode safely. */
    static final long MAX_PIXELS = 50_000_000L;
    static final int DISPLAY_SIDE = 1600;
    static final int THUMBNAIL_SIDE = 320;
    private static final float QUALITY = 0.85f;
    /** The ISO base media brands of HEIF/HEIC files (iPhone photos). */
    private static final Set<String> HEIF_BRANDS = Set.of("heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1", "avif");

    enum Type { JPEG, PNG, HEIC, OTHER }

    /** A photo kept: the display copy and the thumbnail as JPEG, and the display copy's size. */
    record Processed(byte[] display, byte[] thumbnail, int width, int height) {
        @Override
        public String toString() {
            return "Processed[" + width + "x" + height + "]";
        }
    }

    /** Why a photo was refused: one of the reasons a citizen can act on. */
    static final class Refused extends Exception {
        final String reason;

        Refused(String reason) {
            super(reason, null, false, false);
            this.reason = reason;
        }
    }

    private PhotoProcessing() {
    }

    /** What the file's first bytes say it is. */
    static Type type(byte[] content) {
        if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
            return Type.JPEG;
        }
        if (startsWith(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Type.PNG;
        }
        if (content.length >= 12 && new String(content, 4, 4, java.nio.charset.StandardCharsets.ISO_8859_1).equals("ftyp")
                && HEIF_BRANDS.contains(new String(content, 8, 4, java.nio.charset.StandardCharsets.ISO_8859_1))) {
            return Type.HEIC;
        }
        return Type.OTHER;
    }

    /** @throws Refused with the citizen's reason, in Norwegian, when the photo cannot be kept */
    static Processed process(byte[] content) throws Refused {
        if (content.length > MAX_BYTES) {
            throw new Refused("er større enn 10 MB. Velg et mindre bilde.");
        }
        Type type = type(content);
        if (type == Type.HEIC) {
            throw new Refused("er i HEIC-format, som vi ikke kan lese. Velg bildet på nytt fra telefonen her i skjemaet "
                    + "(da sendes det som JPEG), eller lagre det som JPEG først.");
        }
        if (type == Type.OTHER) {
            throw new Refused("er ikke et bilde i JPEG- eller PNG-format. Filen er av en annen type, uansett hva navnet "
                    + "sier.");
        }
        try {
            BufferedImage image = read(content, type);
            BufferedImage display = scaled(image, DISPLAY_SIDE);
            return new Processed(jpeg(display), jpeg(scaled(image, THUMBNAIL_SIDE)), display.getWidth(),
                    display.getHeight());
        } catch (IOException | RuntimeException e) {
            // A decoder's failure on a broken file; its message is of no use to the citizen.
            throw new Refused("kunne ikke leses. Filen kan være skadet: ta bildet på nytt eller velg et annet.");
        }
    }

    private static BufferedImage read(byte[] content, Type type) throws IOException, Refused {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(type == Type.JPEG ? "jpeg" : "png");
        ImageReader reader = readers.next();
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(content))) {
            reader.setInput(in, true, false);
            long width = reader.getWidth(0);
            long height = reader.getHeight(0);
            if (width * height > MAX_PIXELS) {
                throw new Refused("har for mange piksler (mer enn 50 megapiksler). Velg et mindre bilde.");
            }
            Orientation orientation = type == Type.JPEG ? orientation(reader) : null;
            // Every n-th pixel only, where the photo is far larger than its display copy: less memory and time.
            ImageReadParam param = reader.getDefaultReadParam();
            int step = (int) Math.max(1, Math.max(width, height) / (2L * DISPLAY_SIDE));
            param.setSourceSubsampling(step, step, 0, 0);
            BufferedImage image = reader.read(0, param);
            return orientation == null ? image : ExifFilterUtils.getFilterForOrientation(orientation).apply(image);
        } finally {
            reader.dispose();
        }
    }

    /**
     * How the camera was held, from the EXIF; null when the metadata cannot be read (the JDK refuses some
     * orders of segments that cameras write): the photo is then kept as stored rather than refused.
     */
    private static Orientation orientation(ImageReader reader) {
        try {
            return ExifUtils.getExifOrientation(reader, 0);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The picture within a square of {@code side} pixels, never made larger, on white (JPEG has no transparency). */
    private static BufferedImage scaled(BufferedImage image, int side) throws IOException {
        double scale = Math.min(1.0, (double) side / Math.max(image.getWidth(), image.getHeight()));
        BufferedImage scaled = Thumbnails.of(image).scale(scale).asBufferedImage();
        BufferedImage rgb = new BufferedImage(scaled.getWidth(), scaled.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
            g.drawImage(scaled, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }

    /** The pixels alone as JPEG: no metadata is given to the writer, so none is written. */
    private static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        byte[] head = Arrays.copyOf(content, prefix.length);
        for (int i = 0; i < prefix.length; i++) {
            if ((head[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
