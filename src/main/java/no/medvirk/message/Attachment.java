package no.medvirk.message;

/** A file that came with a message (a mail's attachment), to be kept on its record. */
public record Attachment(String fileName, String contentType, byte[] content) {

    @Override
    public String toString() {
        return "Attachment[" + content.length + " bytes]";
    }
}
