package org.eksaath.genderhub.security.internal;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import org.eksaath.genderhub.security.EncryptedColumns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * AES-GCM field encryption and key rotation: values written under the old key and the new
 * one are both read back, and the re-encryption moves every value (and legacy plain text)
 * to the active key, so that the old key can then be retired.
 */
class KeyRotationTest {

	private static final byte[] OLD = randomKey();

	private static final byte[] NEW = randomKey();

	private JdbcTemplate jdbc;

	@BeforeEach
	void table() {
		this.jdbc = new JdbcTemplate(new DriverManagerDataSource(
				"jdbc:h2:mem:rotation-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", ""));
		this.jdbc.execute("create table survivor (id uuid primary key, name varchar(1200), age varchar(200))");
	}

	@AfterEach
	void drop() {
		this.jdbc.execute("shutdown");
	}

	@Test
	void readsValuesWrittenUnderTheOldAndTheNewKeyAndReencryptsTheOldOnes() {
		FieldCipher before = new FieldCipher(new KeyRing("k1", Map.of("k1", OLD)));
		UUID written = insert(before.encrypt("Survivor A"), before.encrypt("31"));
		UUID legacy = insert("Plain Legacy Name", "44");

		// Rotation: a new active key, the old one still listed.
		FieldCipher after = new FieldCipher(new KeyRing("k2", Map.of("k1", OLD, "k2", NEW)));
		UUID rewritten = insert(after.encrypt("Survivor B"), after.encrypt("27"));
		assertThat(name(written)).startsWith("v1:k1:");
		assertThat(name(rewritten)).startsWith("v1:k2:");
		assertThat(after.decrypt(name(written))).isEqualTo("Survivor A");
		assertThat(after.decrypt(name(rewritten))).isEqualTo("Survivor B");
		assertThat(after.decrypt(name(legacy))).isEqualTo("Plain Legacy Name");

		Reencryption job = new Reencryption(this.jdbc, after,
				List.of(new EncryptedColumns("survivor", "id", List.of("name", "age"))));
		assertThat(job.run()).isEqualTo(4);
		assertThat(job.run()).isZero();

		// Every value is under the new key: the old one can go.
		FieldCipher onlyNew = new FieldCipher(new KeyRing("k2", Map.of("k2", NEW)));
		assertThat(this.jdbc.queryForList("select name from survivor", String.class))
			.allSatisfy((value) -> assertThat(value).startsWith("v1:k2:"));
		assertThat(onlyNew.decrypt(name(written))).isEqualTo("Survivor A");
		assertThat(onlyNew.decrypt(name(legacy))).isEqualTo("Plain Legacy Name");
		assertThat(onlyNew.decrypt(name(rewritten))).isEqualTo("Survivor B");
		assertThat(onlyNew
			.decrypt(this.jdbc.queryForObject("select age from survivor where id = ?", String.class, written)))
			.isEqualTo("31");
	}

	@Test
	void usesAFreshNonceForEveryValueAndDetectsTampering() {
		FieldCipher cipher = new FieldCipher(new KeyRing("k1", Map.of("k1", OLD)));
		String one = cipher.encrypt("same");
		String two = cipher.encrypt("same");
		assertThat(one).isNotEqualTo(two).doesNotContain("same");
		byte[] raw = Base64.getDecoder().decode(one.substring("v1:k1:".length()));
		raw[raw.length - 1] ^= 1;
		String tampered = "v1:k1:" + Base64.getEncoder().encodeToString(raw);
		assertThatThrownBy(() -> cipher.decrypt(tampered)).isInstanceOf(IllegalStateException.class);
		// A value cannot be relabelled with another key id: the key id is authenticated.
		FieldCipher both = new FieldCipher(new KeyRing("k1", Map.of("k1", OLD, "k2", OLD)));
		String relabelled = "v1:k2:" + one.substring("v1:k1:".length());
		assertThatThrownBy(() -> both.decrypt(relabelled)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void refusesAKeyOfTheWrongSizeOrAnUnknownActiveKey() {
		assertThatThrownBy(() -> new KeyRing("k1", Map.of("k1", new byte[16])))
			.hasMessageContaining("must be 256 bits");
		assertThatThrownBy(() -> new KeyRing("k9", Map.of("k1", OLD))).hasMessageContaining("no encryption key");
		FieldCipher withoutOld = new FieldCipher(new KeyRing("k2", Map.of("k2", NEW)));
		String underOld = new FieldCipher(new KeyRing("k1", Map.of("k1", OLD))).encrypt("x");
		assertThatThrownBy(() -> withoutOld.decrypt(underOld)).hasMessageContaining("no encryption key k1");
	}

	private UUID insert(String name, String age) {
		UUID id = UUID.randomUUID();
		this.jdbc.update("insert into survivor (id, name, age) values (?, ?, ?)", id, name, age);
		return id;
	}

	private String name(UUID id) {
		return this.jdbc.queryForObject("select name from survivor where id = ?", String.class, id);
	}

	private static byte[] randomKey() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return key;
	}

}
