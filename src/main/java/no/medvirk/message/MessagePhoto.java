package no.medvirk.message;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A photo of the problem, as Medvirk re-encoded it (JPEG, no metadata): a copy for display and a thumbnail.
 * The submitter's, so it goes when their details go.
 */
@Entity
@Table(name = "message_photo")
public class MessagePhoto {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "message_id")
    private Message message;
    private Instant addedAt;
    private int width;
    private int height;
    @OneToOne(fetch = FetchType.LAZY, optional = false, cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "display_id")
    private DocumentContent display;
    @OneToOne(fetch = FetchType.LAZY, optional = false, cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "thumbnail_id")
    private DocumentContent thumbnail;

    protected MessagePhoto() {
    }

    MessagePhoto(Message message, PhotoProcessing.Processed photo, Instant addedAt) {
        this.message = message;
        this.addedAt = addedAt;
        this.width = photo.width();
        this.height = photo.height();
        this.display = new DocumentContent(photo.display());
        this.thumbnail = new DocumentContent(photo.thumbnail());
    }

    /** The display copy's JPEG bytes, read from the database now (inside a transaction). */
    byte[] getDisplay() {
        return display.bytes();
    }

    byte[] getThumbnail() {
        return thumbnail.bytes();
    }
}
