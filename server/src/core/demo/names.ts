/** Common Chinese surnames and given-name characters for fictional people. */
export const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'.split('');
export const GIVEN_MALE = '伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆峰建国文志海林东晨旭立新亮成康毅振宏庆荣德'.split('');
export const GIVEN_FEMALE = '芳娜敏静丽艳娟霞燕玲婷雪琳颖洁慧倩璐瑶晶月红梅兰琴丹萍佳欣怡悦蕾薇蓉莉'.split('');
export const GIVEN_ANY = '子晓嘉思雨梓一俊家欣泽世春秋永益振国宏小佳明'.split('');
