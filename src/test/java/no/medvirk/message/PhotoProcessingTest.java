package no.medvirk.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** What a photo becomes before it is kept, and which photos are refused, without the application. */
class PhotoProcessingTest {

    @Test
    void shouldKeepOnlyThePixelsSoThatNoGpsPositionOrCameraSurvives() throws Exception {
        byte[] phone = TestPhotos.jpegWithGps(400, 200, 1);
        assertThat(TestPhotos.contains(phone, "Exif")).as("the test photo has EXIF").isTrue();
        assertThat(TestPhotos.contains(phone, TestPhotos.CAMERA)).isTrue();

        PhotoProcessing.Processed kept = PhotoProcessing.process(phone);

        for (byte[] copy : new byte[][] {kept.display(), kept.thumbnail()}) {
            assertThat(TestPhotos.contains(copy, "Exif")).isFalse();
            assertThat(TestPhotos.contains(copy, TestPhotos.CAMERA)).isFalse();
            assertThat(hasApp1(copy)).as("no APP1 (EXIF, XMP) segment").isFalse();
            assertThat(PhotoProcessing.type(copy)).isEqualTo(PhotoProcessing.Type.JPEG);
        }
        assertThat(kept.width()).isEqualTo(400);
        assertThat(kept.height()).isEqualTo(200);
    }

    @Test
    void shouldTurnThePhotoAsTheCameraWasHeldSinceTheOrientationTagIsGone() throws Exception {
        PhotoProcessing.Processed kept = PhotoProcessing.process(TestPhotos.jpegWithGps(400, 200, 6));

        BufferedImage shown = ImageIO.read(new ByteArrayInputStream(kept.display()));
        assertThat(shown.getWidth()).isEqualTo(200);
        assertThat(shown.getHeight()).isEqualTo(400);
        // Turned clockwise: the red left half is now on top.
        assertThat(new Color(shown.getRGB(100, 50)).getRed()).isGreaterThan(200);
        assertThat(new Color(shown.getRGB(100, 350)).getBlue()).isGreaterThan(200);
    }

    @Test
    void shouldScaleALargePhotoForDisplayAndAThumbnailWithoutEnlargingASmallOne() throws Exception {
        PhotoProcessing.Processed large = PhotoProcessing.process(TestPhotos.png(4000, 3000));
        assertThat(large.width()).isEqualTo(1600);
        assertThat(large.height()).isEqualTo(1200);
        BufferedImage thumbnail = ImageIO.read(new ByteArrayInputStream(large.thumbnail()));
        assertThat(Math.max(thumbnail.getWidth(), thumbnail.getHeight())).isEqualTo(PhotoProcessing.THUMBNAIL_SIDE);

        PhotoProcessing.Processed small = PhotoProcessing.process(TestPhotos.png(120, 80));
        assertThat(small.width()).isEqualTo(120);
        assertThat(small.height()).isEqualTo(80);
    }

    @Test
    void shouldRefuseAFileRenamedToJpgWhateverItsNameSays() {
        assertThatThrownBy(() -> PhotoProcessing.process(TestPhotos.pdf()))
                .isInstanceOfSatisfying(PhotoProcessing.Refused.class,
                        r -> assertThat(r.reason).contains("ikke et bilde i JPEG- eller PNG-format"));
    }

    @Test
    void shouldRefuseAnImageBombFromItsHeaderWithoutDecodingIt() {
        long start = System.nanoTime();
        assertThatThrownBy(() -> PhotoProcessing.process(TestPhotos.pngBomb()))
                .isInstanceOfSatisfying(PhotoProcessing.Refused.class,
                        r -> assertThat(r.reason).contains("for mange piksler"));
        assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds").isLessThan(2000);
    }

    @Test
    void shouldRefuseAPhotoOverTenMegabytes() {
        byte[] large = Arrays.copyOf(TestPhotos.jpegWithGps(40, 20, 1), (int) PhotoProcessing.MAX_BYTES + 1);

        assertThatThrownBy(() -> PhotoProcessing.process(large)).isInstanceOfSatisfying(PhotoProcessing.Refused.class,
                r -> assertThat(r.reason).contains("større enn 10 MB"));
    }

    @Test
    void shouldTellAnIphoneUserWhatToDoWithAHeicFile() {
        assertThat(PhotoProcessing.type(TestPhotos.heic())).isEqualTo(PhotoProcessing.Type.HEIC);
        assertThatThrownBy(() -> PhotoProcessing.process(TestPhotos.heic()))
                .isInstanceOfSatisfying(PhotoProcessing.Refused.class, r -> assertThat(r.reason).contains("HEIC"));
    }

    @Test
    void shouldRefuseABrokenJpegAsUnreadable() {
        byte[] broken = Arrays.copyOf(TestPhotos.jpegWithGps(400, 200, 1), 700);

        assertThatThrownBy(() -> PhotoProcessing.process(broken)).isInstanceOfSatisfying(PhotoProcessing.Refused.class,
                r -> assertThat(r.reason).contains("kunne ikke leses"));
    }

    private static boolean hasApp1(byte[] jpeg) throws IOException {
        // Walk the segments from SOI until the scan starts.
        int at = 2;
        while (at + 4 < jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
            int marker = jpeg[at + 1] & 0xFF;
            if (marker == 0xE1) {
                return true;
            }
            if (marker == 0xDA) {
                return false;
            }
            at += 2 + (((jpeg[at + 2] & 0xFF) << 8) | (jpeg[at + 3] & 0xFF));
        }
        return false;
    }
}
