package com.privacydesk.platform;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.digest.PasswordEncryptor;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

/**
 * The engine's own users' passwords are hashed with PBKDF2-HMAC-SHA256 (random salt, many iterations) instead of
 * Camunda's default single salted SHA-512, which a stolen user table gives up at GPU speed. Hashes written before
 * still verify (Camunda picks the checker by the hash's {prefix}) and are replaced when the password next changes.
 * Every HTTP Basic request checks the password, so the iterations are a trade between cost per request and
 * cost per guess ({@code privacy-desk.security.password-hash-iterations}, 10,000: 11 ms here; 100,000: 112 ms).
 * Registered by security's configuration, which owns that setting; here because the encryptor is engine-internal.
 */
public class PasswordHashing extends AbstractProcessEnginePlugin {

    private final int iterations;

    public PasswordHashing(int iterations) {
        this.iterations = iterations;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        // Camunda's PasswordManager keeps its SHA-512 checker for hashes written before.
        configuration.setPasswordEncryptor(new Pbkdf2(iterations));
    }

    /** Camunda's encryptor interface over spring-security-crypto's PBKDF2 (which carries its salt in the hash). */
    static final class Pbkdf2 implements PasswordEncryptor {

        private final Pbkdf2PasswordEncoder encoder;

        Pbkdf2(int iterations) {
            this.encoder = new Pbkdf2PasswordEncoder("", 16, iterations,
                    Pbkdf2PasswordEncoder.SecretKeyFactoryAlgorithm.PBKDF2WithHmacSHA256);
        }

        @Override
        public String encrypt(String password) {
            return encoder.encode(password);
        }

        @Override
        public boolean check(String password, String encrypted) {
            return encoder.matches(password, encrypted);
        }

        @Override
        public String hashAlgorithmName() {
            return "PBKDF2-SHA256";
        }
    }
}
