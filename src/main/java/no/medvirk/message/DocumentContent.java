package no.medvirk.message;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of a {@link MessageDocument}, apart, so that they are read only when the file is. */
@Entity
@Table(name = "document_content")
class DocumentContent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private byte[] content;

    protected DocumentContent() {
    }

    DocumentContent(byte[] content) {
        this.content = content;
    }

    byte[] bytes() {
        return content;
    }
}
