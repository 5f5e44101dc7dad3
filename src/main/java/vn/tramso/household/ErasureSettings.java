package vn.tramso.household;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param secret the key of the erased members' fingerprints ({@link Tombstones}), kept out of the
 *               database (env {@code TRAMSO_ERASURE_SECRET}); the default is for development and
 *               the demo only. Changing it makes the fingerprints already stored unrecognisable.
 */
@ConfigurationProperties("tramso.erasure")
record ErasureSettings(@DefaultValue(Tombstones.DEV_SECRET) String secret) {

    @Override
    public String toString() {
        return "ErasureSettings[secret hidden]";
    }
}
