package org.eksaath.genderhub.security;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.springframework.stereotype.Component;

import org.eksaath.genderhub.security.internal.FieldCipher;

/**
 * Encrypts a number (an age, say) like {@link EncryptedStringConverter}; the column is
 * text.
 */
@Component
@Converter
public class EncryptedIntegerConverter implements AttributeConverter<Integer, String> {

	private final FieldCipher cipher;

	public EncryptedIntegerConverter(FieldCipher cipher) {
		this.cipher = cipher;
	}

	@Override
	public String convertToDatabaseColumn(Integer attribute) {
		return (attribute != null) ? this.cipher.encrypt(attribute.toString()) : null;
	}

	@Override
	public Integer convertToEntityAttribute(String dbData) {
		String plain = this.cipher.decrypt(dbData);
		return (plain != null) ? Integer.valueOf(plain.trim()) : null;
	}

}
