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

/** A file kept on a message's record; the submitter's, so it goes when their details go. */
@Entity
@Table(name = "message_document")
public class MessageDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "message_id")
    private Message message;
    private String fileName;
    private String contentType;
    private long sizeBytes;
    @OneToOne(fetch = FetchType.LAZY, optional = false, cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "content_id")
    private DocumentContent content;

    protected MessageDocument() {
    }

    MessageDocument(Message message, Attachment attachment) {
        this.message = message;
        this.fileName = attachment.fileName();
        this.contentType = attachment.contentType();
        this.sizeBytes = attachment.content().length;
        this.content = new DocumentContent(attachment.content());
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    /** The file's bytes, read from the database now (inside a transaction). */
    public byte[] getContent() {
        return content.bytes();
    }
}
