package org.eksaath.genderhub.security;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

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

	private final FieldCipher cipher;

	public EncryptedStringConverter(FieldCipher cipher) {
		this.cipher = cipher;
	}

	@Override
	public String convertToDatabaseColumn(String attribute) {
		return this.cipher.encrypt(attribute);
	}

	@Override
	public String convertToEntityAttribute(String dbData) {
		return this.cipher.decrypt(dbData);
	}

}
