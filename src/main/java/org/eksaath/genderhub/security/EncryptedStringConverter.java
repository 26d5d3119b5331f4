package org.eksaath.genderhub.security;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import org.eksaath.genderhub.security.internal.FieldCipher;

/**
 * Encrypts a text attribute with AES-GCM under the active key; use with
 * {@code @Convert(converter = EncryptedStringConverter.class)} on personal data. The
 * column must hold about 4/3 of the UTF-8 length plus 60 characters.
 */
@Component
@Converter
public class EncryptedStringConverter implements AttributeConverter<String, String> {

	private final ObjectProvider<FieldCipher> cipher;

	/**
	 * Takes the cipher lazily, so that contexts without field encryption (JPA test slices
	 * that never touch encrypted data) can still start.
	 * @param cipher the application's field cipher
	 */
	public EncryptedStringConverter(ObjectProvider<FieldCipher> cipher) {
		this.cipher = cipher;
	}

	private FieldCipher cipher() {
		return this.cipher.getObject();
	}

	@Override
	public String convertToDatabaseColumn(String attribute) {
		return cipher().encrypt(attribute);
	}

	@Override
	public String convertToEntityAttribute(String dbData) {
		return cipher().decrypt(dbData);
	}

}
