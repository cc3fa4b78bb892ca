package com.privacydesk.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;

/**
 * Who a limit counts: the client's address as Tomcat reports it (the peer, or the X-Forwarded-For entry that a
 * configured proxy added, server.tomcat.remoteip), IPv6 by its /64 network, since one subscriber holds a whole /64.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        return key(request.getRemoteAddr());
    }

    static String key(String address) {
        if (address == null || address.indexOf(':') < 0) {
            return address;
        }
        try {
            // A literal (Tomcat gives addresses, never names): no lookup happens.
            byte[] bytes = InetAddress.getByName(address.replaceFirst("%.*$", "")).getAddress();
            if (bytes.length != 16) {
                return address;
            }
            return HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
        } catch (UnknownHostException e) {
            return address;
        }
    }
}
