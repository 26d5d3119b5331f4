package org.eksaath.genderhub.security;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import org.eksaath.genderhub.security.internal.FieldCipher;

/**
 * Encrypts a number (an age, say) like {@link EncryptedStringConverter}; the column is
 * text.
 */
@Component
@Converter
public class EncryptedIntegerConverter implements AttributeConverter<Integer, String> {

	private final ObjectProvider<FieldCipher> cipher;

	/**
	 * Takes the cipher lazily, so that contexts without field encryption (JPA test slices
	 * that never touch encrypted data) can still start.
	 * @param cipher the application's field cipher
	 */
	public EncryptedIntegerConverter(ObjectProvider<FieldCipher> cipher) {
		this.cipher = cipher;
	}

	private FieldCipher cipher() {
		return this.cipher.getObject();
	}

	@Override
	public String convertToDatabaseColumn(Integer attribute) {
		return (attribute != null) ? cipher().encrypt(attribute.toString()) : null;
	}

	@Override
	public Integer convertToEntityAttribute(String dbData) {
		String plain = cipher().decrypt(dbData);
		return (plain != null) ? Integer.valueOf(plain.trim()) : null;
	}

}
