package no.medvirk.message;

/** A file a citizen sent as a photo, as it came: only its bytes are trusted to say what it is. */
public record PhotoUpload(String fileName, byte[] content) {

    @Override
    public String toString() {
        return "PhotoUpload[" + content.length + " bytes]";
    }
}
