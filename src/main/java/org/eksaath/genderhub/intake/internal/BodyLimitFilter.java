package org.eksaath.genderhub.intake.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses bodies larger than {@code genderhub.intake.max-body-size} on the intake paths
 * with 413, before anything reads them: by Content-Length, or while reading a chunked
 * body. A form post must say its length (411 otherwise), because the servlet container
 * reads forms itself.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class BodyLimitFilter extends OncePerRequestFilter {

	private final int maxBodySize;

	BodyLimitFilter(IntakeProperties properties) {
		this.maxBodySize = properties.maxBodySize();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !(path.startsWith("/api/intake/") || path.equals("/alert") || path.startsWith("/alert/"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long length = request.getContentLengthLong();
		if (length > this.maxBodySize) {
			refuse(response, 413, "the body is larger than " + this.maxBodySize + " bytes");
			return;
		}
		if (length < 0 && !"GET".equals(request.getMethod())) {
			String type = request.getContentType();
			if (type != null && type.toLowerCase().startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)) {
				refuse(response, 411, "a form post must carry Content-Length");
				return;
			}
			chain.doFilter(new Limited(request, this.maxBodySize), response);
			return;
		}
		chain.doFilter(request, response);
	}

	private static void refuse(HttpServletResponse response, int status, String detail) throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getOutputStream()
			.write(("{\"status\":" + status + ",\"detail\":\"" + detail + "\"}").getBytes(StandardCharsets.UTF_8));
	}

	/** Thrown while reading a chunked body that goes beyond the limit. */
	static final class BodyTooLarge extends IOException {

		BodyTooLarge(int max) {
			super("the body is larger than " + max + " bytes");
		}

	}

	private static final class Limited extends HttpServletRequestWrapper {

		private final int max;

		Limited(HttpServletRequest request, int max) {
			super(request);
			this.max = max;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			ServletInputStream in = super.getInputStream();
			int max = this.max;
			return new ServletInputStream() {

				private long read;

				@Override
				public int read() throws IOException {
					int b = in.read();
					if (b >= 0 && ++this.read > max) {
						throw new BodyTooLarge(max);
					}
					return b;
				}

				@Override
				public int read(byte[] buffer, int offset, int length) throws IOException {
					int n = in.read(buffer, offset, length);
					if (n > 0) {
						this.read += n;
						if (this.read > max) {
							throw new BodyTooLarge(max);
						}
					}
					return n;
				}

				@Override
				public boolean isFinished() {
					return in.isFinished();
				}

				@Override
				public boolean isReady() {
					return in.isReady();
				}

				@Override
				public void setReadListener(ReadListener listener) {
					in.setReadListener(listener);
				}

			};
		}

	}

}
