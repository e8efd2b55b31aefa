package no.medvirk.message;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Who sent a message: personal data, every part optional (an anonymous message has none). */
@Embeddable
public record Submitter(
        @Column(name = "submitter_name") String name,
        @Column(name = "submitter_address") String address,
        @Column(name = "submitter_phone") String phone,
        @Column(name = "submitter_email") String email) {

    public static final Submitter ANONYMOUS = new Submitter(null, null, null, null);

    public boolean hasPhone() {
        return phone != null && !phone.isBlank();
    }

    public boolean hasEmail() {
        return email != null && !email.isBlank();
    }

    /** A Norwegian mobile number (eight digits starting with 4 or 9, with or without +47): an SMS reaches it. */
    public boolean hasMobile() {
        if (!hasPhone()) {
            return false;
        }
        String digits = phone.replaceAll("\\D", "").replaceFirst("^(0047|47)(?=\\d{8}$)", "");
        return digits.matches("[49]\\d{7}");
    }

    // Never the values: a record's toString ends up in logs.
    @Override
    public String toString() {
        return "Submitter[personal data]";
    }
}
