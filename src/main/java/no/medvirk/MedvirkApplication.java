package no.medvirk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class MedvirkApplication {

    public static void main(String[] args) {
        SpringApplication.run(MedvirkApplication.class, args);
    }
}
