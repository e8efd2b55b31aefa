package no.medvirk.message;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The photos of a message, for those who may read the message (through {@link ReadableMessages}): never
 * public. Always the JPEG Medvirk wrote itself, so it may be shown in the browser.
 */
@RestController
class PhotoController {

    private final ReadableMessages messages;

    PhotoController(ReadableMessages messages) {
        this.messages = messages;
    }

    static String path(Message message, int index) {
        return "/api/messages/" + message.getCaseNumber() + "/photos/" + index;
    }

    static String thumbnailPath(Message message, int index) {
        return path(message, index) + "/thumbnail";
    }

    /** Each photo of the message, in order: what {@code make} makes of its number (1, 2, …). */
    static <T> List<T> each(Message message, IntFunction<T> make) {
        return IntStream.rangeClosed(1, message.getPhotos().size()).mapToObj(make).toList();
    }

    /** The point on a public map, for the caseworker who opens it. */
    static String mapLink(Place place) {
        return String.format(Locale.ROOT, "https://www.openstreetmap.org/?mlat=%.6f&mlon=%.6f#map=17/%.6f/%.6f",
                place.lat(), place.lon(), place.lat(), place.lon());
    }

    @GetMapping("/api/messages/{yy}/{n}/photos/{index}")
    @Operation(summary = "A photo of a message (1, 2, …), scaled for display, without metadata")
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> photo(@PathVariable String yy, @PathVariable String n, @PathVariable int index) {
        return jpeg(photo(messages.get(yy, n).getPhotos(), index), MessagePhoto::getDisplay);
    }

    @GetMapping("/api/messages/{yy}/{n}/photos/{index}/thumbnail")
    @Operation(summary = "A photo of a message as a thumbnail")
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> thumbnail(@PathVariable String yy, @PathVariable String n, @PathVariable int index) {
        return jpeg(photo(messages.get(yy, n).getPhotos(), index), MessagePhoto::getThumbnail);
    }

    private static MessagePhoto photo(List<MessagePhoto> photos, int index) {
        if (index < 1 || index > photos.size()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND,
                    "The message has no photo number " + index + ".");
        }
        return photos.get(index - 1);
    }

    private static ResponseEntity<byte[]> jpeg(MessagePhoto photo, Function<MessagePhoto, byte[]> bytes) {
        // Personal data: kept by no shared cache, and by the browser only for the session's work.
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_JPEG)
                .cacheControl(CacheControl.noStore())
                .header("X-Content-Type-Options", "nosniff")
                .body(bytes.apply(photo));
    }
}
