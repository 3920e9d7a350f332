from http import HTTPStatus, HTTPMethod
import http
print(len(list(HTTPStatus)), repr(HTTPStatus.OK), HTTPStatus.OK.phrase, HTTPStatus.OK.description, str(HTTPStatus.NOT_FOUND), f'{HTTPStatus.OK}', HTTPStatus(418), repr(HTTPStatus(418)), HTTPStatus(418).phrase)
print(HTTPStatus.OK == 200, HTTPStatus.OK + 1, HTTPStatus['CREATED'], HTTPStatus.NOT_FOUND.value, HTTPStatus.NOT_FOUND.name, int(HTTPStatus.ACCEPTED), sorted(HTTPStatus)[:3], http.__all__)
for s in HTTPStatus:
    if 300 <= s < 310: print(s.value, s.phrase, '-', s.description)
try: HTTPStatus(999)
except ValueError as e: print(e)
print(list(HTTPMethod), HTTPMethod.GET, repr(HTTPMethod.POST), HTTPMethod.PATCH.description, HTTPMethod('PUT'), HTTPMethod.GET == 'GET', f'{HTTPMethod.HEAD}')
print({s.value: s.phrase for s in HTTPStatus if s.value >= 500})
